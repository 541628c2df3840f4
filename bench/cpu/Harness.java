/**
 * The driver every CPU benchmark shares (bench/cpu/run.sh copies it next to each program).
 *
 *   java NAME                 runs the fixed workload: REPS units, prints "checksum X"
 *   java NAME steady W N      runs W warm-up units, then times N units one by one with
 *                             System.nanoTime; prints "checksum X" and "ns/iter T" (the median)
 *
 * The checksum folds in every unit's result, so a wrong or skipped computation changes it; the
 * benchmark script compares it between HotSpot and Kiln.
 */
final class Harness {
    private Harness() {}

    /** One unit of work; returns a value that depends on all of it. */
    interface Unit {
        long run();
    }

    static void main(String[] args, int reps, Unit unit) {
        long checksum = 0;
        if (args.length == 0) {
            for (int i = 0; i < reps; i++) {
                checksum = checksum * 31 + unit.run();
            }
            System.out.println("checksum " + checksum);
            return;
        }
        if (args.length != 3 || !args[0].equals("steady")) {
            throw new IllegalArgumentException("usage: [steady WARMUP ITERATIONS]");
        }
        int warmup = Integer.parseInt(args[1]);
        int n = Integer.parseInt(args[2]);
        for (int i = 0; i < warmup; i++) {
            checksum = checksum * 31 + unit.run();
        }
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            checksum = checksum * 31 + unit.run();
            times[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(times);
        System.out.println("checksum " + checksum);
        System.out.println("ns/iter " + times[n / 2]);
    }
}
