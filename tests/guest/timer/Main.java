/**
 * Timer accuracy on the booted image: Thread.sleep and Object.wait(timeout) return no earlier than
 * asked and, under TCG on a loaded CI machine, within a generous 100 ms late; System.nanoTime and
 * currentTimeMillis advance together.
 */
public class Main {
    public static void main(String[] args) throws Exception {
        long worstLate = 0;
        boolean early = false;
        for (int ms : new int[] {1, 5, 20, 50, 100}) {
            long t0 = System.nanoTime();
            Thread.sleep(ms);
            long took = System.nanoTime() - t0;
            early |= took < ms * 1_000_000L;
            worstLate = Math.max(worstLate, took - ms * 1_000_000L);
        }
        Object o = new Object();
        synchronized (o) {
            long t0 = System.nanoTime();
            o.wait(30);
            long took = System.nanoTime() - t0;
            early |= took < 30_000_000L;
            worstLate = Math.max(worstLate, took - 30_000_000L);
        }
        long wall0 = System.currentTimeMillis(), mono0 = System.nanoTime();
        Thread.sleep(200);
        long wall = System.currentTimeMillis() - wall0, mono = (System.nanoTime() - mono0) / 1_000_000L;
        System.out.println("early wake-ups: " + early);
        System.out.println("late by at most 100 ms: " + (worstLate <= 100_000_000L));
        System.out.println("wall clock and monotonic clock agree within 50 ms: " + (Math.abs(wall - mono) <= 50));
        System.err.println("worst lateness " + worstLate / 1000 + " us; 200 ms sleep: wall " + wall + " ms, mono " + mono + " ms");
    }
}
