package kiln.tests.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** kiln.rt.FloatingParser against HotSpot's Double.parseDouble / Float.parseFloat. */
class ParseTest {
    private final List<String> failures = new ArrayList<>();

    private void p(String s) {
        record(FpCheck.parse(s));
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
    void grammarAndErrors() {
        String[] inputs = {" abc ", "", "  ", "\t\n", "+NaN", "-NaN", "NaN", " NaN ", "NaNd", "Infinityf",
            "-Infinity", "+Infinity", "Infinity", "infinity", "nan", "Inf", "1.", ".1", ".", "1e", "1e+",
            "1e-", "e1", ".e1", "1.e1", "1ef", "1e1f", "1d", "1f ", "\t1F\n", "1D", "1_0", "+", "-", "--1",
            "+-1", "1 1", "1e1.5", "0x1p", "0x.p1", "0x1.p1", "0xp1", "0x.8p1", "0x1.8p3d", "0X1P-1074",
            "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffffp1023", "0x", "0x1", "0x1.0p", "0x1p+2f",
            "0x1P1", "0x1p1e", "0xg", "0x0p0", "-0x0.0p9", "0x0.0000000000001p-1022", "0x1p-1075",
            "0x1.0000000000001p-1075", "0x1p-150", "0x1.000001p-150", "0x1.fffffep127", "0x1.ffffffp127",
            "0x1.fffffefp127", "0x123456789abcdef0123p0", "0x.00000000000000000001p80", "1x", "1e400",
            "1e-400", "00012.5e0001", "1.0E+2", "1.5e2147483648", "1.5e-2147483649", "1e99999999999999999999",
            "0e99999999999999999", "-0", "-0.0e5", "0.000", "2.5f\u0000", "\u00001", "1\u00a0", "\u0661",
            "1.0\u0660", "12345678901234567890123456789", "4.9e-324", "2.4703282292062328e-324",
            "2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308", "1e23",
            "8.5e-46", "7.006492321624086e-46", "7.006492321624087e-46", "3.4028235677973366e38",
            "3.4028236e38", "1.00000017881393432617187499", "1.000000178813934326171875",
            "1.00000017881393432617187501", "9007199254740993", "9007199254740992.5", "9007199254740993.0000000001",
            "2.2250738585072012e-308", "2.2250738585072011e-308", "0.1", "3.14159", "1e22", "1e-22",
            "123456789012345e20", "1.5e-45f"};
        for (String s : inputs) {
            p(s);
        }
        done();
        NullPointerException npe = assertThrows(NullPointerException.class, () -> FpImpl.parseDouble(null));
        NullPointerException hs = assertThrows(NullPointerException.class, () -> Double.parseDouble(null));
        assertEquals(hs.getMessage(), npe.getMessage());
        assertThrows(NullPointerException.class, () -> FpImpl.parseFloat(null));
        NumberFormatException nfe = assertThrows(NumberFormatException.class, () -> FpImpl.parseDouble(" x "));
        assertEquals("For input string: \" x \"", nfe.getMessage());
        nfe = assertThrows(NumberFormatException.class, () -> FpImpl.parseFloat(" "));
        assertEquals("empty String", nfe.getMessage());
    }

    @Test
    void boundariesAndPowers() {
        for (int e = -1080; e <= 1025; e++) {
            BigDecimal pow = e >= 0 ? new BigDecimal(java.math.BigInteger.ONE.shiftLeft(e))
                    : BigDecimal.ONE.divide(new BigDecimal(java.math.BigInteger.ONE.shiftLeft(-e)));
            p(pow.toString());
            p(Double.toString(Math.scalb(1.0, e)));
            p(Double.toHexString(Math.scalb(1.0, e)));
        }
        for (int k = -350; k <= 350; k++) {
            p("1e" + k);
            p("9.99999999999999999999e" + k);
            p("5e" + k);
        }
        SplittableRandom r = new SplittableRandom(3);
        for (long bits = 1; bits < 2000; bits++) { // smallest subnormals and the midpoints between them
            double d = Double.longBitsToDouble(bits);
            record(FpCheck.parseD(FpCheck.nearMidpointD(r, d)));
            record(FpCheck.parseD(new BigDecimal(d).toString()));
            float f = Float.intBitsToFloat((int) bits);
            record(FpCheck.parseF(FpCheck.nearMidpointF(r, f)));
        }
        for (double d : new double[] {Double.MAX_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
                Float.MAX_VALUE, Float.MIN_NORMAL, Float.MIN_VALUE}) {
            for (int i = 0; i < 50; i++) {
                p(FpCheck.nearMidpointD(r, d));
                p(FpCheck.nearMidpointD(r, Math.nextDown(d)));
                p(FpCheck.nearMidpointF(r, (float) d));
                p(FpCheck.nearMidpointF(r, Math.nextDown((float) d)));
            }
        }
        done();
    }

    @Test
    void longInputs() {
        // More digits than the parser keeps exactly (800): the dropped tail decides ties.
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 2000; i++) {
            double d = Double.longBitsToDouble(r.nextLong() & 0x7FFF_FFFF_FFFF_FFFFL);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                continue;
            }
            BigDecimal mid = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.TWO);
            String plain = mid.toPlainString();
            p(plain);
            p(plain + "0000000000000000000000000000000000000000000000000000000000000000000000");
            String many = plain.indexOf('.') < 0 ? plain + "." : plain;
            p(many + "0".repeat(900) + "1");
            p(many + "0".repeat(900));
            p("0." + "0".repeat(r.nextInt(400)) + randomDigits(r, 1 + r.nextInt(1200)) + "e" + r.nextInt(400));
            p(randomDigits(r, 1 + r.nextInt(1200)) + "e-" + r.nextInt(1500));
        }
        done();
    }

    private static String randomDigits(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    @Test
    void randomRoundTripsAndHex() {
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 1_000_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            record(FpCheck.parseD(Double.toString(d)));
            float f = Float.intBitsToFloat(r.nextInt());
            record(FpCheck.parseF(Float.toString(f)));
            if ((i & 7) == 0) {
                record(FpCheck.parseD(Double.toHexString(d)));
                record(FpCheck.parseF(Double.toHexString(d)));
            }
        }
        done();
    }

    @Test
    void randomHardDecimals() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 150_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong() & 0x7FFF_FFFF_FFFF_FFFFL);
            float f = Float.intBitsToFloat(r.nextInt() & 0x7FFF_FFFF);
            p(FpCheck.randomDecimal(r));
            if (!Double.isNaN(d)) {
                record(FpCheck.parseD(FpCheck.nearMidpointD(r, d)));
                p(FpCheck.nearDecimal(r, d));
            }
            if (!Float.isNaN(f)) {
                record(FpCheck.parseF(FpCheck.nearMidpointF(r, f)));
            }
        }
        done();
    }
}
