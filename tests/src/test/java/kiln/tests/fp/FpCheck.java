package kiln.tests.fp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;

/**
 * The comparisons shared by the JUnit tests and {@link FpStress}: each method compares Kiln's
 * result with HotSpot's for one input and returns a description of the difference, or null.
 */
final class FpCheck {
    private FpCheck() {}

    static String toStringD(double v) {
        String kiln = FpImpl.toString(v);
        String hs = Double.toString(v);
        return kiln.equals(hs) ? null
                : "Double.toString(" + hex(v) + "): kiln " + kiln + ", HotSpot " + hs;
    }

    static String toStringF(float v) {
        String kiln = FpImpl.toString(v);
        String hs = Float.toString(v);
        return kiln.equals(hs) ? null
                : "Float.toString(" + Integer.toHexString(Float.floatToRawIntBits(v)) + "): kiln " + kiln
                        + ", HotSpot " + hs;
    }

    /** Compares parseDouble and parseFloat, including the exception type and message. */
    static String parse(String s) {
        String kd = outcome(s, false, true), hd = outcome(s, false, false);
        if (!kd.equals(hd)) {
            return "parseDouble(\"" + s + "\"): kiln " + kd + ", HotSpot " + hd;
        }
        String kf = outcome(s, true, true), hf = outcome(s, true, false);
        if (!kf.equals(hf)) {
            return "parseFloat(\"" + s + "\"): kiln " + kf + ", HotSpot " + hf;
        }
        return null;
    }

    /** Only parseDouble (for strings that are not interesting for floats). */
    static String parseD(String s) {
        String kd = outcome(s, false, true), hd = outcome(s, false, false);
        return kd.equals(hd) ? null : "parseDouble(\"" + s + "\"): kiln " + kd + ", HotSpot " + hd;
    }

    /** Only parseFloat. */
    static String parseF(String s) {
        String kf = outcome(s, true, true), hf = outcome(s, true, false);
        return kf.equals(hf) ? null : "parseFloat(\"" + s + "\"): kiln " + kf + ", HotSpot " + hf;
    }

    private static String outcome(String s, boolean isFloat, boolean kiln) {
        try {
            if (isFloat) {
                float f = kiln ? FpImpl.parseFloat(s) : Float.parseFloat(s);
                return "0x" + Integer.toHexString(Float.floatToRawIntBits(f));
            }
            double d = kiln ? FpImpl.parseDouble(s) : Double.parseDouble(s);
            return "0x" + Long.toHexString(Double.doubleToRawLongBits(d));
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    static String hex(double v) {
        return "0x" + Long.toHexString(Double.doubleToRawLongBits(v));
    }

    // ---- generators of interesting decimal strings ----

    /** A random decimal string whose value is near the double d (1..25 significant digits). */
    static String nearDecimal(SplittableRandom r, double d) {
        BigDecimal b = new BigDecimal(d).round(new MathContext(1 + r.nextInt(25)));
        return r.nextBoolean() ? b.toString() : b.toPlainString();
    }

    /**
     * The exact midpoint between d and its successor, or that midpoint plus or minus one unit in its
     * last place (or in a place far beyond it): the hardest inputs for correct rounding.
     */
    static String nearMidpointD(SplittableRandom r, double d) {
        double up = Math.nextUp(d);
        if (Double.isInfinite(up) || Double.isNaN(d)) {
            return Double.toString(d);
        }
        BigDecimal mid = new BigDecimal(d).add(new BigDecimal(up)).divide(BigDecimal.TWO);
        return perturb(r, mid);
    }

    static String nearMidpointF(SplittableRandom r, float f) {
        float up = Math.nextUp(f);
        if (Float.isInfinite(up) || Float.isNaN(f)) {
            return Float.toString(f);
        }
        BigDecimal mid = new BigDecimal(f).add(new BigDecimal(up)).divide(BigDecimal.TWO);
        return perturb(r, mid);
    }

    private static String perturb(SplittableRandom r, BigDecimal mid) {
        BigDecimal tiny = mid.ulp().movePointLeft(r.nextInt(4) == 0 ? 900 : r.nextInt(3));
        BigDecimal x;
        switch (r.nextInt(3)) {
            case 0 -> x = mid;
            case 1 -> x = mid.add(tiny);
            default -> x = mid.subtract(tiny);
        }
        return r.nextBoolean() ? x.toString() : x.toPlainString();
    }

    /** A random syntactically valid decimal string: random digits, point, exponent, suffix. */
    static String randomDecimal(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(4) == 0) {
            sb.append(r.nextBoolean() ? '-' : '+');
        }
        int intDigits = r.nextInt(r.nextInt(8) == 0 ? 40 : 12);
        int fracDigits = r.nextInt(r.nextInt(8) == 0 ? 40 : 12);
        if (intDigits + fracDigits == 0) {
            intDigits = 1;
        }
        for (int i = 0; i < intDigits; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        if (fracDigits > 0 || r.nextBoolean()) {
            sb.append('.');
        }
        for (int i = 0; i < fracDigits; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        if (r.nextBoolean()) {
            sb.append(r.nextBoolean() ? 'e' : 'E');
            int ex = r.nextInt(700) - 360;
            if (ex >= 0 && r.nextBoolean()) {
                sb.append('+');
            }
            sb.append(ex);
        }
        if (r.nextInt(8) == 0) {
            sb.append("fFdD".charAt(r.nextInt(4)));
        }
        return sb.toString();
    }
}
