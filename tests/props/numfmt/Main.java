/**
 * The Kiln side of NumberFormatPropertyTest (tests/src/test/java/kiln/tests/fp): for a seeded stream of
 * random values, prints one line per value with Long/Integer toString and parse results in random
 * radixes and String.format("%.3f"), "%e" and "%g". The test loads this same class into HotSpot and
 * compares every line with HotSpot's, so the generator and the line format exist only here.
 *
 * Usage: Main SEED COUNT
 */
public class Main {
    /** SplitMix64: a tiny generator whose sequence is the same wherever this class runs. */
    public static final class Gen {
        private long state;

        public Gen(long seed) {
            state = seed;
        }

        public long next() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        public int below(int n) {
            return (int) ((next() >>> 33) % n);
        }
    }

    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzZ -+_";
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
    }

    /** A long whose magnitude is spread over all bit lengths (uniform bits would almost always be huge). */
    static long spreadLong(Gen g) {
        long v = g.next() >>> g.below(64);
        return g.below(2) == 0 ? v : -v;
    }

    /** Doubles from several families: raw bit patterns, short decimals, exact midpoints of %.3f, integers. */
    static double randomDouble(Gen g) {
        switch (g.below(5)) {
            case 0:
                return Double.longBitsToDouble(g.next());
            case 1: {  // a decimal with up to 17 digits and a moderate exponent
                double d = (double) (g.next() >>> (11 + g.below(50))) / POW10[g.below(19)];
                return g.below(2) == 0 ? d : -d;
            }
            case 2: {  // ddd.ddd5 and neighbours: the rounding midpoints of %.3f
                long n = (g.next() >>> 40) * 10 + 5;
                double d = n / 10000.0;
                int k = g.below(3);
                return k == 0 ? d : k == 1 ? Math.nextUp(d) : Math.nextDown(d);
            }
            case 3:
                return (double) spreadLong(g) * Math.scalb(1.0, g.below(200) - 100);
            default:
                return (double) (int) (g.next() % 100000);
        }
    }

    /** A string for parseInt/parseLong: usually a valid number in the radix, sometimes broken. */
    static String numberString(Gen g, int radix, boolean asLong) {
        long v = asLong ? spreadLong(g) : (int) spreadLong(g);
        String s = Long.toString(v, radix);
        switch (g.below(8)) {
            case 0: {  // replace one character by a random one (may be invalid or out of range)
                int i = g.below(s.length());
                return s.substring(0, i) + DIGITS.charAt(g.below(DIGITS.length())) + s.substring(i + 1);
            }
            case 1:
                return s + DIGITS.charAt(g.below(36));  // often an overflow
            case 2:
                return g.below(2) == 0 ? "+" + s : s.toUpperCase();
            default:
                return s;
        }
    }

    static String parseInt(String s, int radix) {
        try {
            return Integer.toString(Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            return "NFE " + e.getMessage();
        }
    }

    static String parseLong(String s, int radix) {
        try {
            return Long.toString(Long.parseLong(s, radix));
        } catch (NumberFormatException e) {
            return "NFE " + e.getMessage();
        }
    }

    /** The line for the next value of the stream. */
    public static String line(Gen g) {
        long l = spreadLong(g);
        int i = (int) spreadLong(g);
        int r1 = 2 + g.below(35), r2 = 2 + g.below(35), r3 = 2 + g.below(35), r4 = 2 + g.below(35);
        String si = numberString(g, r3, false), sl = numberString(g, r4, true);
        double d = randomDouble(g);
        return Long.toString(l) + ' ' + Long.toString(l, r1) + ' ' + Integer.toString(i) + ' ' + Integer.toString(i, r2)
                + " | " + si + ' ' + r3 + ' ' + parseInt(si, r3) + " | " + sl + ' ' + r4 + ' ' + parseLong(sl, r4)
                + " | " + Long.toHexString(Double.doubleToRawLongBits(d)) + ' ' + String.format("%.3f %e %g", d, d, d);
    }

    public static void main(String[] args) {
        Gen g = new Gen(Long.parseLong(args[0]));
        long count = Long.parseLong(args[1]);
        StringBuilder sb = new StringBuilder();
        for (long k = 0; k < count; k++) {
            sb.append(line(g)).append('\n');
            if (sb.length() > 1 << 16) {
                System.out.print(sb);
                sb.setLength(0);
            }
        }
        System.out.print(sb);
    }
}
