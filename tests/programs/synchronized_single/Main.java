/** monitorenter/monitorexit and synchronized methods on one thread: re-entrancy, exceptions releasing monitors, null. */
public class Main {
    private int counter;
    private static int staticCounter;
    private final Object lock = new Object();

    synchronized void inc() { counter++; }
    static synchronized void sinc() { staticCounter++; }

    synchronized int reentrant(int depth) {
        if (depth == 0) return counter;
        synchronized (this) {
            synchronized (lock) {
                return reentrant(depth - 1) + 1;
            }
        }
    }

    int throwInside() {
        synchronized (lock) {
            if (counter >= 0) throw new IllegalStateException("thrown while holding the lock");
        }
        return -1;
    }

    public static void main(String[] args) {
        Main m = new Main();
        for (int i = 0; i < 100000; i++) { m.inc(); sinc(); }
        System.out.println("counter " + m.counter + " static " + staticCounter);
        System.out.println("reentrant " + m.reentrant(50));
        for (int i = 0; i < 3; i++) {
            try {
                m.throwInside();
            } catch (IllegalStateException e) {
                System.out.println("caught: " + e.getMessage());
            }
        }
        synchronized (m.lock) {
            System.out.println("lock is free again after exceptions");
        }
        synchronized (Main.class) {
            sinc();
        }
        System.out.println("class lock " + staticCounter);
        Object nul = null;
        try {
            synchronized (nul) {
                System.out.println("not reached");
            }
        } catch (NullPointerException e) {
            System.out.println("synchronized(null): NPE");
        }
        StringBuilder sb = new StringBuilder();
        String[] words = {"a", "b", "c"};
        for (String w : words) synchronized (sb) { sb.append(w); }
        System.out.println(sb);
    }
}
