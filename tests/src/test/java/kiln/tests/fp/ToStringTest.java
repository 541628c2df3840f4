package kiln.tests.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** kiln.rt.DoubleToDecimal / FloatToDecimal against HotSpot's Double.toString / Float.toString. */
class ToStringTest {
    private final List<String> failures = new ArrayList<>();

    private void d(double v) {
        record(FpCheck.toStringD(v));
        record(FpCheck.toStringD(-v));
    }

    private void f(float v) {
        record(FpCheck.toStringF(v));
        record(FpCheck.toStringF(-v));
    }

    private void record(String failure) {
        if (failure != null && failures.size() < 20) {
            failures.add(failure);
        }
    }

    private void done() {
        if (!failures.isEmpty()) {
            fail(failures.size() + " mismatches, e.g.:\n" + String.join("\n", failures));
        }
    }

    @Test
    void specialValues() {
        assertEquals("NaN", FpImpl.toString(Double.NaN));
        assertEquals("NaN", FpImpl.toString(Double.longBitsToDouble(0xFFF0_0000_0000_0001L)));
        assertEquals("Infinity", FpImpl.toString(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", FpImpl.toString(Double.NEGATIVE_INFINITY));
        assertEquals("0.0", FpImpl.toString(0.0));
        assertEquals("-0.0", FpImpl.toString(-0.0));
        assertEquals("NaN", FpImpl.toString(Float.NaN));
        assertEquals("-Infinity", FpImpl.toString(Float.NEGATIVE_INFINITY));
        assertEquals("-0.0", FpImpl.toString(-0.0f));
        // Spot checks of the rendering rules (literal expectations, not only HotSpot's output).
        assertEquals("4.9E-324", FpImpl.toString(Double.MIN_VALUE));
        assertEquals("1.7976931348623157E308", FpImpl.toString(Double.MAX_VALUE));
        assertEquals("0.001", FpImpl.toString(0.001));
        assertEquals("9.999999999999998E-4", FpImpl.toString(Math.nextDown(0.001)));
        assertEquals("1.0E7", FpImpl.toString(1e7));
        assertEquals("9999999.999999998", FpImpl.toString(Math.nextDown(1e7)));
        assertEquals("1.0E23", FpImpl.toString(1e23));
        assertEquals("2.0E23", FpImpl.toString(2e23));
        assertEquals("1.4E-45", FpImpl.toString(Float.MIN_VALUE));
        assertEquals("3.4028235E38", FpImpl.toString(Float.MAX_VALUE));
        assertEquals("100.0", FpImpl.toString(100f));
        for (double v : new double[] {Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1, 0.1, 0.3,
                1e-3, 1e7, 123456789012345678.0, 1e21, 1e22, 1e23, 5e-324, 2.2250738585072011E-308}) {
            d(v);
            d(Math.nextUp(v));
            d(Math.nextDown(v));
        }
        for (float v : new float[] {Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, 1, 0.1f, 1e-3f, 1e7f,
                1e10f, 8.5e-45f}) {
            f(v);
            f(Math.nextUp(v));
            f(Math.nextDown(v));
        }
        done();
    }

    @Test
    void powersOfTwoAndTen() {
        for (int e = -1074; e <= 1023; e++) {
            double v = Math.scalb(1.0, e);
            d(v);
            d(Math.nextUp(v));
            d(Math.nextDown(v));
            d(v * 3); // 1.5 * 2^(e+1): an asymmetric-free neighbour
        }
        for (int e = -149; e <= 127; e++) {
            float v = Math.scalb(1.0f, e);
            f(v);
            f(Math.nextUp(v));
            f(Math.nextDown(v));
        }
        for (int k = -325; k <= 309; k++) {
            double v = Double.parseDouble("1e" + k);
            d(v);
            d(Math.nextUp(v));
            d(Math.nextDown(v));
            for (int digit = 2; digit <= 9; digit++) {
                d(Double.parseDouble(digit + "e" + k));
            }
        }
        for (int k = -46; k <= 39; k++) {
            float v = Float.parseFloat("1e" + k);
            f(v);
            f(Math.nextUp(v));
            f(Math.nextDown(v));
        }
        done();
    }

    @Test
    void subnormalsAndIntegers() {
        for (long bits = 1; bits <= 100_000; bits++) {
            d(Double.longBitsToDouble(bits)); // the smallest subnormals
            d(Double.longBitsToDouble(0x0010_0000_0000_0000L - bits)); // the largest subnormals
        }
        for (int bits = 1; bits <= 0x007F_FFFF; bits += 7) { // a seventh of all float subnormals
            f(Float.intBitsToFloat(bits));
        }
        for (long n = 1; n <= 200_000; n++) {
            d(n);
            d(n * 1e3);
            d((1L << 53) - n);
            d(Math.scalb((double) n, 60));
            f(n);
            f((1 << 24) - n % (1 << 24));
        }
        done();
    }

    @Test
    void randomBitPatterns() {
        SplittableRandom r = new SplittableRandom(0x6B696C6EL);
        for (int i = 0; i < 1_000_000; i++) {
            d(Double.longBitsToDouble(r.nextLong()));
            f(Float.intBitsToFloat(r.nextInt()));
        }
        done();
    }

    @Test
    void randomShortDecimals() {
        // Doubles that are nearest to short decimals stress the "shortest" choice.
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 300_000; i++) {
            long digits = r.nextLong(1, 10_000_000_000L);
            int exp = r.nextInt(-340, 310);
            d(Double.parseDouble(digits + "e" + exp));
            f(Float.parseFloat((digits % 100_000_000) + "e" + (exp % 45)));
        }
        done();
    }
}
