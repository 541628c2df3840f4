/**
 * Garbage collector stress: allocates more than 2 GiB in total (arrays of several sizes and small objects)
 * while keeping a bounded live set (a ring of 1000 arrays and a ring of 1000 short chains), then prints checksums.
 */
public class Main {
    static final class Cell {
        final long value;
        final Cell next;
        Cell(long value, Cell next) { this.value = value; this.next = next; }
    }

    public static void main(String[] args) {
        long allocated = 0;
        long checksum = 0;
        // Phase 1: a ring of 1000 live arrays of varying size, continuously replaced.
        Object[] ring = new Object[1000];
        int seed = 1;
        for (int i = 0; allocated < 1400L * 1024 * 1024; i++) {
            seed = seed * 1103515245 + 12345;
            int size = 16 + ((seed >>> 8) & 4095);
            int slot = i % ring.length;
            Object old = ring[slot];
            if (old instanceof int[] a) checksum += a[0] + a[a.length - 1];
            else if (old instanceof long[] l) checksum += l[l.length - 1];
            else if (old instanceof byte[] b) checksum += b[b.length / 2];
            switch (i % 3) {
                case 0: { int[] a = new int[size]; a[0] = i; a[size - 1] = size; ring[slot] = a; allocated += 16 + 4L * size; break; }
                case 1: { long[] l = new long[size / 2 + 1]; l[l.length - 1] = i; ring[slot] = l; allocated += 16 + 8L * l.length; break; }
                default: { byte[] b = new byte[size * 2]; b[size] = (byte) i; ring[slot] = b; allocated += 16 + 2L * size; break; }
            }
        }
        System.out.println("phase 1 checksum " + checksum);
        // Phase 2: small objects in short chains; each slot keeps the newest chain alive.
        Cell[] chains = new Cell[1000];
        long small = 0;
        for (int i = 0; small < 800L * 1024 * 1024; i++) {
            Cell c = null;
            for (int k = 0; k < 8; k++) c = new Cell(i * 8L + k, c);
            int slot = (i * 7) % chains.length;
            Cell old = chains[slot];
            if (old != null) checksum += old.value - old.next.next.value;
            chains[slot] = c;
            small += 8 * 24;
        }
        long live = 0;
        for (Cell c : chains) for (Cell x = c; x != null; x = x.next) live += x.value & 0xFF;
        allocated += small;
        System.out.println("phase 2 checksum " + checksum + " live " + live);
        System.out.println("allocated at least 2 GiB: " + (allocated >= 2048L * 1024 * 1024));
    }
}
