/** Two threads take two locks in opposite orders; main waits for them. Kiln must report, not hang. */
public class Main {
    static final Object A = new Object();
    static final Object B = new Object();

    public static void main(String[] args) throws Exception {
        Object ready = new Object();
        int[] holding = {0};
        Thread t1 = new Thread(() -> lockBoth(A, B, ready, holding), "first");
        Thread t2 = new Thread(() -> lockBoth(B, A, ready, holding), "second");
        t1.start();
        t2.start();
        System.out.println("started");
        t1.join();
        System.out.println("unreachable");
    }

    static void lockBoth(Object x, Object y, Object ready, int[] holding) {
        synchronized (x) {
            synchronized (ready) {
                holding[0]++;
                ready.notifyAll();
                while (holding[0] < 2) {
                    try {
                        ready.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            synchronized (y) {
                System.out.println("got both");
            }
        }
    }
}
