/** Runtime shutdown hooks: registration rules, removal, and that exit runs them and waits. */
public class Main {
    public static void main(String[] args) throws Exception {
        Thread hook = new Thread(() -> {
            try {
                Thread.sleep(50); // exit must wait for the hook
            } catch (InterruptedException e) {
                System.out.println("interrupted");
            }
            System.out.println("hook ran in " + Thread.currentThread().getName());
        }, "my-hook");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalArgumentException e) {
            System.out.println("twice: " + e.getMessage());
        }
        Thread removed = new Thread(() -> System.out.println("removed hook ran (wrong)"));
        Runtime.getRuntime().addShutdownHook(removed);
        System.out.println("removed: " + Runtime.getRuntime().removeShutdownHook(removed));
        System.out.println("removed again: " + Runtime.getRuntime().removeShutdownHook(removed));
        Thread running = new Thread(() -> {});
        running.start();
        running.join();
        try {
            Runtime.getRuntime().addShutdownHook(null);
        } catch (NullPointerException e) {
            System.out.println("null hook: NullPointerException");
        }
        System.out.println("exiting with 3");
        System.exit(3);
    }
}
