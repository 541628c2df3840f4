import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/** Thread.Builder (platform and virtual), factories, virtual threads as daemons. */
public class Main {
    public static void main(String[] args) throws Exception {
        Thread.Builder.OfPlatform pb = Thread.ofPlatform().name("pool-", 1).daemon(false).priority(3);
        List<Thread> started = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            final int n = i;
            started.add(pb.start(() -> {
                synchronized (out) {
                    out.append(Thread.currentThread().getName()).append(':').append(n).append(' ');
                }
            }));
        }
        for (Thread t : started) {
            t.join();
            System.out.println(t.getName() + " prio=" + t.getPriority() + " daemon=" + t.isDaemon() + " virtual=" + t.isVirtual());
        }
        System.out.println(out.toString().trim());

        Thread v = Thread.ofVirtual().name("virt").unstarted(() -> System.out.println("in " + Thread.currentThread().getName()
                + " virtual=" + Thread.currentThread().isVirtual() + " daemon=" + Thread.currentThread().isDaemon()));
        System.out.println("before start: " + v.getState());
        v.start();
        v.join();
        System.out.println("after: " + v.getState());
        Thread sv = Thread.startVirtualThread(() -> System.out.println("startVirtualThread name='" + Thread.currentThread().getName() + "'"));
        sv.join();

        ThreadFactory f = Thread.ofPlatform().name("f-", 10).factory();
        Thread t1 = f.newThread(() -> System.out.println("factory thread " + Thread.currentThread().getName()));
        Thread t2 = f.newThread(() -> { });
        System.out.println(t1.getName() + " " + t2.getName() + " " + t1.getState());
        t1.start();
        t1.join();

        Thread un = Thread.ofPlatform().unstarted(() -> { });
        System.out.println("default name prefix ok: " + un.getName().startsWith("Thread-"));
        try {
            Thread.ofVirtual().unstarted(() -> { }).setDaemon(false);
        } catch (IllegalArgumentException e) {
            System.out.println("virtual setDaemon(false): " + e.getMessage());
        }
        try {
            Thread.ofPlatform().name(null);
        } catch (NullPointerException e) {
            System.out.println("null name rejected");
        }
        // Virtual threads are daemons: main does not wait for this one.
        Thread.startVirtualThread(() -> {
            try {
                Thread.sleep(100_000);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("must not print");
        });
        System.out.println("main ends");
    }
}
