package kiln.tests.fp;

import java.util.SplittableRandom;

/**
 * Long-running differential check of Kiln's floating-point conversions against HotSpot (not part of
 * the JUnit run). Usage, from the tests module's test classpath:
 *
 * <pre>
 *   java -Dkiln.home=/work/main -cp tests/target/test-classes kiln.tests.fp.FpStress [count] [floats]
 * </pre>
 *
 * count (default 100,000,000) random double bit patterns are rendered with Double.toString, and count
 * random inputs are parsed with parseDouble and parseFloat (shortest strings of random doubles and
 * floats, hex strings, random decimal strings and near-midpoint strings). With the extra argument
 * "floats", every positive finite float is also rendered (about 2.1 billion values).
 */
public final class FpStress {
    private static long failures;

    public static void main(String[] args) {
        long count = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 100_000_000L;
        boolean allFloats = args.length > 1 && args[1].equals("floats");
        long seed = System.nanoTime();
        System.out.println("seed " + seed);
        SplittableRandom r = new SplittableRandom(seed);
        long t0 = System.nanoTime();
        for (long i = 0; i < count; i++) {
            report(FpCheck.toStringD(Double.longBitsToDouble(r.nextLong())));
            report(FpCheck.toStringF(Float.intBitsToFloat(r.nextInt())));
        }
        System.out.println("toString: " + count + " doubles and floats, " + failures + " failures, "
                + (System.nanoTime() - t0) / 1_000_000_000 + " s");
        t0 = System.nanoTime();
        for (long i = 0; i < count; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            switch ((int) (i & 15)) {
                case 0 -> report(FpCheck.parse(FpCheck.randomDecimal(r)));
                case 1 -> report(FpCheck.parseD(Double.isNaN(d) ? "NaN" : FpCheck.nearMidpointD(r, d)));
                case 2 -> report(FpCheck.parseF(FpCheck.nearMidpointF(r, Float.intBitsToFloat(r.nextInt()))));
                case 3 -> report(FpCheck.parse(Double.toHexString(d)));
                case 4 -> report(FpCheck.parse(Double.isNaN(d) ? "NaN" : FpCheck.nearDecimal(r, d)));
                default -> {
                    report(FpCheck.parseD(Double.toString(d)));
                    report(FpCheck.parseF(Float.toString(Float.intBitsToFloat(r.nextInt()))));
                }
            }
        }
        System.out.println("parse: " + count + " inputs, " + failures + " failures (cumulative), "
                + (System.nanoTime() - t0) / 1_000_000_000 + " s");
        if (allFloats) {
            t0 = System.nanoTime();
            for (int bits = 1; bits < 0x7F80_0000; bits++) {
                report(FpCheck.toStringF(Float.intBitsToFloat(bits)));
            }
            System.out.println("all positive finite floats rendered, " + failures + " failures (cumulative), "
                    + (System.nanoTime() - t0) / 1_000_000_000 + " s");
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private static void report(String failure) {
        if (failure != null) {
            if (++failures <= 50) {
                System.out.println(failure);
            }
        }
    }
}
