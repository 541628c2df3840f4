/** The program ends when the last non-daemon thread ends, even after main throws (exit status 1). */
public class Main {
    public static void main(String[] args) throws Exception {
        Thread daemon = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        daemon.setDaemon(true);
        daemon.start();
        Object lock = new Object();
        Thread late = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (lock) {
                System.out.println("late thread finishing after main");
            }
        });
        late.start();
        System.out.println("main throws now");
        throw new IllegalStateException("main failed");
    }
}
