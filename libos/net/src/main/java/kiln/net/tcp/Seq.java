package kiln.net.tcp;

/**
 * Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4): {@code a < b} means "a is before b" when
 * they are less than 2^31 apart. Java's wrapping int subtraction gives exactly that comparison.
 */
final class Seq {
    private Seq() {
    }

    static boolean lt(int a, int b) {
        return a - b < 0;
    }

    static boolean le(int a, int b) {
        return a - b <= 0;
    }

    static boolean gt(int a, int b) {
        return a - b > 0;
    }

    static boolean ge(int a, int b) {
        return a - b >= 0;
    }

    /** {@code lo <= x < lo + len}, with len treated as unsigned. */
    static boolean inWindow(int x, int lo, int len) {
        return Integer.compareUnsigned(x - lo, len) < 0;
    }
}
