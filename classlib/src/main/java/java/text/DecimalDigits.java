package java.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The digits DecimalFormat prints: a magnitude 0.DIGITS x 10^decimalAt with no leading or trailing
 * zeros in DIGITS (empty for zero). A double starts from its shortest decimal form (Double.toString);
 * when that has more digits than allowed it is rounded from its exact binary value, which is what
 * the JDK's DigitList decides as well (0.125 -> "0.12" but 0.135 -> "0.14" with two fraction digits).
 */
final class DecimalDigits {
    final String digits;
    final int decimalAt;

    private DecimalDigits(String digits, int decimalAt) {
        this.digits = digits;
        this.decimalAt = digits.isEmpty() ? 0 : decimalAt;
    }

    boolean isZero() {
        return digits.isEmpty();
    }

    /** The digits of a non-negative exact value. */
    static DecimalDigits exact(BigDecimal value) {
        if (value.signum() == 0) {
            return new DecimalDigits("", 0);
        }
        BigDecimal v = value.stripTrailingZeros();
        String d = v.unscaledValue().toString();
        return new DecimalDigits(d, d.length() - v.scale());
    }

    /**
     * A non-negative finite double, rounded to max digits after the point (fixed) or to max
     * significant digits (!fixed).
     */
    static DecimalDigits ofDouble(double value, int max, boolean fixed, RoundingMode mode) {
        if (value >= 1 && value < 0x1p63 && value == Math.rint(value)) {
            return ofIntegralDouble((long) value, max, fixed, mode);
        }
        DecimalDigits shortest = exact(new BigDecimal(Double.toString(value)));
        return shortest.round(new BigDecimal(value), max, fixed, mode);
    }

    /**
     * An integral double in [1, 2^63). The JDK takes these digits from the long value, keeping
     * only the digits that 53 bits determine (rounded half up: 2^60 gives 115292150460684698 and
     * one zero), and does not know whether they are exact, so a tie at the rounding position
     * rounds away from zero in every HALF_ mode (12345.0 with "0.###E0" is "1.235E4").
     */
    private static DecimalDigits ofIntegralDouble(long value, int max, boolean fixed, RoundingMode mode) {
        int binExp = 63 - Long.numberOfLeadingZeros(value);
        int insignificant = binExp > 53 ? Long.toString(1L << (binExp - 54)).length() - 1 : 0;
        if (binExp - 54 <= 1) {
            insignificant = 0;
        }
        long pow10 = 1;
        for (int i = 0; i < insignificant; i++) {
            pow10 *= 10;
        }
        long kept = value / pow10;
        if (value % pow10 >= pow10 / 2 && insignificant > 0) {
            kept++;
        }
        DecimalDigits d = exact(BigDecimal.valueOf(kept).scaleByPowerOfTen(insignificant));
        int allowed = fixed ? d.decimalAt + max : max;
        if ((!fixed && max <= 0) || d.digits.length() <= allowed) {
            return d;
        }
        boolean up = switch (mode) {
            case UP, CEILING -> true;
            case DOWN, FLOOR -> false;
            case HALF_UP, HALF_DOWN, HALF_EVEN -> d.digits.charAt(allowed) >= '5';
            case UNNECESSARY -> throw new ArithmeticException(
                    "Rounding needed with the rounding mode being set to RoundingMode.UNNECESSARY");
        };
        BigDecimal value10 = new BigDecimal(d.digits).scaleByPowerOfTen(d.decimalAt - d.digits.length());
        RoundingMode direction = up ? RoundingMode.UP : RoundingMode.DOWN;
        return exact(fixed ? value10.setScale(max, direction) : value10.round(new MathContext(max, direction)));
    }

    /** A non-negative BigDecimal, rounded as ofDouble does. */
    static DecimalDigits ofBigDecimal(BigDecimal value, int max, boolean fixed, RoundingMode mode) {
        DecimalDigits d = exact(value);
        return d.round(value, max, fixed, mode);
    }

    /** A non-negative integer, rounded to max significant digits if max > 0 (exponential formats). */
    static DecimalDigits ofInteger(BigDecimal value, int max, RoundingMode mode) {
        DecimalDigits d = exact(value);
        return max > 0 ? d.round(value, max, false, mode) : d;
    }

    /** These digits (of exactValue) limited as the JDK does; exactValue decides the rounding. */
    private DecimalDigits round(BigDecimal exactValue, int max, boolean fixed, RoundingMode mode) {
        if (isZero()) {
            return this;
        }
        if (fixed && -decimalAt > max) {
            // The JDK prints zero for a value below 10^-(max+1), whatever the rounding mode.
            return new DecimalDigits("", 0);
        }
        if (!fixed && max <= 0) {
            return this;
        }
        int allowed = fixed ? decimalAt + max : max;
        if (digits.length() <= allowed) {
            return this;
        }
        if (mode == RoundingMode.UNNECESSARY) {
            throw new ArithmeticException("Rounding needed with the rounding mode being set to RoundingMode.UNNECESSARY");
        }
        BigDecimal rounded = fixed ? exactValue.setScale(max, mode) : exactValue.round(new MathContext(max, mode));
        return exact(rounded);
    }
}
