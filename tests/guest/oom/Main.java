/**
 * Fills the heap with retained arrays until OutOfMemoryError, recovers by dropping them, and goes on.
 * Run under a small --mem: the point is that a truly full heap gives OutOfMemoryError (not a crash,
 * not a hang) and that the program can catch it and continue.
 */
public class Main {
    static final class Chunk {
        final long[] data = new long[16 * 1024]; // 128 KiB
        Chunk next;
    }

    public static void main(String[] args) {
        Chunk head = null;
        int chunks = 0;
        try {
            while (true) {
                Chunk c = new Chunk();
                c.next = head;
                head = c;
                chunks++;
            }
        } catch (OutOfMemoryError e) {
            head = null;
            System.out.println("caught " + e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println("filled more than 8 MiB: " + (chunks > 64));
        // The heap is usable again: allocate a lot more than it holds, keeping little alive.
        long sum = 0;
        for (int i = 0; i < 2000; i++) {
            Chunk c = new Chunk();
            c.data[i % c.data.length] = i;
            sum += c.data[i % c.data.length];
        }
        System.out.println("after recovery: " + sum);
    }
}
