package java.math;

/**
 * Immutable decimal numbers unscaledValue × 10^-scale (JDK 25 javadoc semantics): exact
 * add/subtract/multiply, division exact / to a scale / to a MathContext, rounding in all eight
 * modes, scale-sensitive equals, and the JDK's toString (scientific), toEngineeringString and
 * toPlainString forms. Results carry the scales the javadoc prescribes (preferred scales for exact
 * results, exactly `precision` digits for inexact MathContext results).
 * Omitted: char[] constructors, sqrt(MathContext), pow(int, MathContext) and the MathContext
 * variants of divideToIntegralValue/remainder/divideAndRemainder.
 */
public class BigDecimal extends Number implements Comparable<BigDecimal> {
    private final BigInteger intVal;
    private final int scale;

    public static final BigDecimal ZERO = new BigDecimal(BigInteger.ZERO, 0);
    public static final BigDecimal ONE = new BigDecimal(BigInteger.ONE, 0);
    public static final BigDecimal TWO = new BigDecimal(BigInteger.TWO, 0);
    public static final BigDecimal TEN = new BigDecimal(BigInteger.TEN, 0);

    public static final int ROUND_UP = 0;
    public static final int ROUND_DOWN = 1;
    public static final int ROUND_CEILING = 2;
    public static final int ROUND_FLOOR = 3;
    public static final int ROUND_HALF_UP = 4;
    public static final int ROUND_HALF_DOWN = 5;
    public static final int ROUND_HALF_EVEN = 6;
    public static final int ROUND_UNNECESSARY = 7;

    public BigDecimal(BigInteger unscaledVal, int scale) {
        this.intVal = java.util.Objects.requireNonNull(unscaledVal);
        this.scale = scale;
    }

    public BigDecimal(BigInteger val) { this(val, 0); }

    public BigDecimal(BigInteger unscaledVal, int scale, MathContext mc) { this(new BigDecimal(unscaledVal, scale).round(mc)); }

    public BigDecimal(BigInteger val, MathContext mc) { this(val, 0, mc); }

    public BigDecimal(int val) { this(BigInteger.valueOf(val), 0); }

    public BigDecimal(int val, MathContext mc) { this(BigInteger.valueOf(val), 0, mc); }

    public BigDecimal(long val) { this(BigInteger.valueOf(val), 0); }

    public BigDecimal(long val, MathContext mc) { this(BigInteger.valueOf(val), 0, mc); }

    private BigDecimal(BigDecimal copy) { this(copy.intVal, copy.scale); }

    /** The exact binary value of val: significand × 2^e becomes significand × 5^-e with scale -e. */
    public BigDecimal(double val) { this(exact(val)); }

    public BigDecimal(double val, MathContext mc) { this(exact(val).round(mc)); }

    private static BigDecimal exact(double val) {
        if (Double.isNaN(val) || Double.isInfinite(val)) throw new NumberFormatException("Infinite or NaN");
        if (val == 0) return ZERO;
        long bits = Double.doubleToRawLongBits(val);
        int exp = (int) ((bits >>> 52) & 0x7FF);
        long m = bits & ((1L << 52) - 1);
        if (exp == 0) exp = 1; else m |= 1L << 52;
        exp -= 1075;
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        exp += tz;
        BigInteger u = BigInteger.valueOf(bits < 0 ? -m : m);
        if (exp >= 0) return new BigDecimal(u.shiftLeft(exp), 0);
        return new BigDecimal(u.multiply(BigInteger.valueOf(5).pow(-exp)), -exp);
    }

    public BigDecimal(String val) { this(parse(val)); }

    public BigDecimal(String val, MathContext mc) { this(parse(val).round(mc)); }

    /** [sign] digits [. digits] [(e|E) [sign] digits], with the JDK's NumberFormatException messages. */
    private static BigDecimal parse(String s) {
        int len = s.length(), i = 0;
        if (len == 0) throw new NumberFormatException();
        boolean neg = false;
        char c0 = s.charAt(0);
        if (c0 == '-' || c0 == '+') { neg = c0 == '-'; i++; }
        StringBuilder digits = new StringBuilder();
        int frac = 0;
        boolean dot = false;
        long exp = 0;
        for (; i < len; i++) {
            char c = s.charAt(i);
            int d = Character.digit(c, 10);
            if (d >= 0) {
                digits.append((char) ('0' + d));
                if (dot) frac++;
            } else if (c == '.') {
                if (dot) throw new NumberFormatException("Character array contains more than one decimal point.");
                dot = true;
            } else if (c == 'e' || c == 'E') {
                exp = parseExponent(s, i + 1);
                break;
            } else {
                throw new NumberFormatException("Character " + c
                        + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.");
            }
        }
        if (digits.length() == 0) throw new NumberFormatException("No digits found.");
        long sc = frac - exp;
        if (sc != (int) sc) throw new NumberFormatException("Exponent overflow.");
        BigInteger u = new BigInteger(digits.toString());
        return new BigDecimal(neg ? u.negate() : u, (int) sc);
    }

    private static long parseExponent(String s, int i) {
        int len = s.length();
        boolean neg = false;
        if (i < len && (s.charAt(i) == '-' || s.charAt(i) == '+')) { neg = s.charAt(i) == '-'; i++; }
        if (i >= len) throw new NumberFormatException();
        long v = 0;
        int sig = 0;
        for (; i < len; i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d < 0) throw new NumberFormatException("Not a digit.");
            if (v != 0 || d != 0) sig++;
            if (sig > 10) throw new NumberFormatException("Too many nonzero exponent digits.");
            v = v * 10 + d;
        }
        return neg ? -v : v;
    }

    public static BigDecimal valueOf(long unscaledVal, int scale) { return new BigDecimal(BigInteger.valueOf(unscaledVal), scale); }

    public static BigDecimal valueOf(long val) { return new BigDecimal(BigInteger.valueOf(val), 0); }

    /** Via Double.toString, so 0.1 gives 0.1 (not the exact binary value). */
    public static BigDecimal valueOf(double val) {
        if (Double.isNaN(val) || Double.isInfinite(val)) throw new NumberFormatException("Infinite or NaN");
        return new BigDecimal(Double.toString(val));
    }

    // ---- helpers ----

    private static final BigInteger[] TEN_POWERS = new BigInteger[64];

    static BigInteger tenPow(long n) {
        if (n < TEN_POWERS.length) {
            BigInteger p = TEN_POWERS[(int) n];
            if (p == null) TEN_POWERS[(int) n] = p = BigInteger.TEN.pow((int) n);
            return p;
        }
        return BigInteger.TEN.pow((int) n);
    }

    /** Decimal digits of |x| (1 for zero), from a bit-length estimate corrected by one comparison. */
    static int digitLength(BigInteger x) {
        if (x.signum() == 0) return 1;
        int bl = x.abs().bitLength();
        int d = (int) ((bl - 1) * 0.30102999566398120) + 1;
        return x.abs().compareTo(tenPow(d)) >= 0 ? d + 1 : d;
    }

    private static int checkScale(long s) {
        if (s != (int) s) throw new ArithmeticException(s > Integer.MAX_VALUE ? "Underflow" : "Overflow");
        return (int) s;
    }

    private static int saturate(long s) {
        return s > Integer.MAX_VALUE ? Integer.MAX_VALUE : s < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) s;
    }

    /** p / q rounded to an integer by rm (q non-zero). */
    static BigInteger divideAndRound(BigInteger p, BigInteger q, RoundingMode rm) {
        BigInteger[] qr = p.divideAndRemainder(q);
        if (qr[1].signum() == 0) return qr[0];
        int sign = p.signum() * q.signum();
        int half = qr[1].abs().shiftLeft(1).compareTo(q.abs());
        boolean up = switch (rm) {
            case UP -> true;
            case DOWN -> false;
            case CEILING -> sign > 0;
            case FLOOR -> sign < 0;
            case HALF_UP -> half >= 0;
            case HALF_DOWN -> half > 0;
            case HALF_EVEN -> half > 0 || (half == 0 && qr[0].testBit(0));
            case UNNECESSARY -> throw new ArithmeticException("Rounding necessary");
        };
        return up ? qr[0].add(BigInteger.valueOf(sign)) : qr[0];
    }

    /** this × 10^(newScale - scale) as an unscaled value (newScale >= scale). */
    private BigInteger upscale(long newScale) { return intVal.multiply(tenPow(newScale - scale)); }

    // ---- accessors ----

    public BigInteger unscaledValue() { return intVal; }

    public int scale() { return scale; }

    public int precision() { return digitLength(intVal); }

    public int signum() { return intVal.signum(); }

    // ---- arithmetic ----

    public BigDecimal add(BigDecimal augend) {
        if (scale == augend.scale) return new BigDecimal(intVal.add(augend.intVal), scale);
        if (scale > augend.scale) return new BigDecimal(intVal.add(augend.upscale(scale)), scale);
        return new BigDecimal(upscale(augend.scale).add(augend.intVal), augend.scale);
    }

    public BigDecimal add(BigDecimal augend, MathContext mc) { return add(augend).round(mc); }

    public BigDecimal subtract(BigDecimal subtrahend) { return add(subtrahend.negate()); }

    public BigDecimal subtract(BigDecimal subtrahend, MathContext mc) { return subtract(subtrahend).round(mc); }

    public BigDecimal multiply(BigDecimal multiplicand) {
        return new BigDecimal(intVal.multiply(multiplicand.intVal), checkScale((long) scale + multiplicand.scale));
    }

    public BigDecimal multiply(BigDecimal multiplicand, MathContext mc) { return multiply(multiplicand).round(mc); }

    /** The quotient rounded to exactly newScale digits after the point. */
    public BigDecimal divide(BigDecimal divisor, int newScale, RoundingMode roundingMode) {
        if (divisor.signum() == 0) throw new ArithmeticException(zeroDivisorMessage(newScale, divisor.scale));
        return new BigDecimal(quotient(divisor, newScale, roundingMode), newScale);
    }

    /**
     * HotSpot's message for x / 0 to a scale comes from the arithmetic it happens to use: "/ by zero"
     * when the (scaled) dividend fits a long, "BigInteger divide by zero" otherwise.
     */
    private String zeroDivisorMessage(long newScale, int divisorScale) {
        long e = newScale - scale + divisorScale;
        boolean fitsLong = intVal.bitLength() <= 63 && intVal.longValue() != Long.MIN_VALUE;
        if (fitsLong && e > 0 && signum() != 0) {
            fitsLong = e <= 18 && intVal.abs().multiply(tenPow(e)).bitLength() <= 63;
        }
        if (e < -18) fitsLong = false; // the divisor's scaling factor 10^-e itself needs a BigInteger

        return fitsLong ? "/ by zero" : "BigInteger divide by zero";
    }

    /** this / divisor × 10^newScale rounded to an integer. */
    private BigInteger quotient(BigDecimal divisor, long newScale, RoundingMode rm) {
        long e = newScale - scale + divisor.scale;
        BigInteger p = intVal, q = divisor.intVal;
        if (e >= 0) p = p.multiply(tenPow(e)); else q = q.multiply(tenPow(-e));
        return divideAndRound(p, q, rm);
    }

    @Deprecated
    public BigDecimal divide(BigDecimal divisor, int scale, int roundingMode) {
        return divide(divisor, scale, legacyMode(roundingMode));
    }

    private static RoundingMode legacyMode(int rm) {
        if (rm < ROUND_UP || rm > ROUND_UNNECESSARY) throw new IllegalArgumentException("Invalid rounding mode");
        return RoundingMode.valueOf(rm);
    }

    @Deprecated
    public BigDecimal divide(BigDecimal divisor, int roundingMode) { return divide(divisor, scale, legacyMode(roundingMode)); }

    public BigDecimal divide(BigDecimal divisor, RoundingMode roundingMode) { return divide(divisor, scale, roundingMode); }

    private void checkDivisor(BigDecimal divisor) {
        if (divisor.signum() == 0) throw new ArithmeticException(signum() == 0 ? "Division undefined" : "Division by zero");
    }

    /**
     * Exact quotient at the scale closest to the preferred this.scale - divisor.scale: with the
     * fraction reduced to lowest terms the denominator must be 2^a 5^b, and max(a, b) extra digits
     * make it exact.
     */
    public BigDecimal divide(BigDecimal divisor) {
        checkDivisor(divisor);
        long preferred = (long) scale - divisor.scale;
        if (signum() == 0) return new BigDecimal(BigInteger.ZERO, saturate(preferred));
        BigInteger g = intVal.gcd(divisor.intVal);
        BigInteger num = intVal.divide(g), den = divisor.intVal.divide(g);
        if (den.signum() < 0) { num = num.negate(); den = den.negate(); }
        int twos = den.getLowestSetBit();
        BigInteger rest = den.shiftRight(twos), five = BigInteger.valueOf(5);
        int fives = 0;
        while (true) {
            BigInteger[] qr = rest.divideAndRemainder(five);
            if (qr[1].signum() != 0) break;
            rest = qr[0];
            fives++;
        }
        if (!rest.equals(BigInteger.ONE)) {
            throw new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.");
        }
        int k = Math.max(twos, fives);
        return new BigDecimal(num.multiply(tenPow(k)).divide(den), checkScale(preferred + k));
    }

    /**
     * Rounded to mc.precision digits; an exact quotient then loses trailing zeros down to the
     * preferred scale this.scale - divisor.scale.
     */
    public BigDecimal divide(BigDecimal divisor, MathContext mc) {
        if (mc.getPrecision() == 0) return divide(divisor);
        checkDivisor(divisor);
        long preferred = (long) scale - divisor.scale;
        if (signum() == 0) return new BigDecimal(BigInteger.ZERO, saturate(preferred));
        int prec = mc.getPrecision();
        long adjA = (long) precision() - scale - 1, adjB = (long) divisor.precision() - divisor.scale - 1;
        // At scale s0 the truncated quotient has at least prec digits; trim it to exactly prec.
        long s0 = prec - adjA + adjB;
        int d = digitLength(quotient(divisor, s0, RoundingMode.DOWN));
        long s = s0 - (d - prec);
        BigInteger q = quotient(divisor, s, mc.getRoundingMode());
        if (digitLength(q) > prec) { q = q.divide(BigInteger.TEN); s--; }
        BigDecimal r = new BigDecimal(q, checkScale(s));
        if (r.multiply(divisor).compareTo(this) == 0) r = r.stripZerosTo(preferred);
        return r;
    }

    /** Removes trailing zeros while the scale stays >= preferred. */
    private BigDecimal stripZerosTo(long preferred) {
        BigInteger u = intVal;
        long s = scale;
        while (s > preferred && u.signum() != 0) {
            BigInteger[] qr = u.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) break;
            u = qr[0];
            s--;
        }
        return new BigDecimal(u, (int) s);
    }

    /** The truncated integer quotient, at the preferred scale this.scale - divisor.scale if possible. */
    public BigDecimal divideToIntegralValue(BigDecimal divisor) {
        checkDivisor(divisor);
        long preferred = (long) scale - divisor.scale;
        BigInteger q = quotient(divisor, 0, RoundingMode.DOWN);
        if (preferred >= 0) return new BigDecimal(q.multiply(tenPow(preferred)), checkScale(preferred));
        if (q.signum() == 0) return new BigDecimal(q, saturate(preferred));
        return new BigDecimal(q, 0).stripZerosTo(preferred);
    }

    public BigDecimal remainder(BigDecimal divisor) { return divideAndRemainder(divisor)[1]; }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor) {
        BigDecimal q = divideToIntegralValue(divisor);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    public BigDecimal pow(int n) {
        if (n < 0 || n > 999999999) throw new ArithmeticException("Invalid operation");
        return new BigDecimal(intVal.pow(n), checkScale((long) scale * n));
    }

    public BigDecimal abs() { return signum() < 0 ? negate() : this; }

    public BigDecimal abs(MathContext mc) { return abs().round(mc); }

    public BigDecimal negate() { return new BigDecimal(intVal.negate(), scale); }

    public BigDecimal negate(MathContext mc) { return negate().round(mc); }

    public BigDecimal plus() { return this; }

    public BigDecimal plus(MathContext mc) { return round(mc); }

    /** Keeps the leading mc.precision digits; a carry (9.99 -> 10.0) drops one more zero. */
    public BigDecimal round(MathContext mc) {
        int prec = mc.getPrecision(), p = precision();
        if (prec == 0 || p <= prec) return this;
        int drop = p - prec;
        BigInteger u = divideAndRound(intVal, tenPow(drop), mc.getRoundingMode());
        long s = (long) scale - drop;
        if (digitLength(u) > prec) { u = u.divide(BigInteger.TEN); s--; }
        return new BigDecimal(u, checkScale(s));
    }

    public BigDecimal setScale(int newScale, RoundingMode roundingMode) {
        if (newScale == scale) return this;
        if (newScale > scale) return new BigDecimal(upscale(newScale), newScale);
        return new BigDecimal(divideAndRound(intVal, tenPow((long) scale - newScale), roundingMode), newScale);
    }

    @Deprecated
    public BigDecimal setScale(int newScale, int roundingMode) { return setScale(newScale, legacyMode(roundingMode)); }

    public BigDecimal setScale(int newScale) { return setScale(newScale, RoundingMode.UNNECESSARY); }

    public BigDecimal movePointLeft(int n) {
        BigDecimal r = new BigDecimal(intVal, checkScale((long) scale + n));
        return r.scale < 0 ? r.setScale(0) : r;
    }

    public BigDecimal movePointRight(int n) {
        BigDecimal r = new BigDecimal(intVal, checkScale((long) scale - n));
        return r.scale < 0 ? r.setScale(0) : r;
    }

    public BigDecimal scaleByPowerOfTen(int n) { return new BigDecimal(intVal, checkScale((long) scale - n)); }

    public BigDecimal stripTrailingZeros() {
        if (signum() == 0) return ZERO;
        return stripZerosTo(Long.MIN_VALUE);
    }

    public BigDecimal ulp() { return new BigDecimal(BigInteger.ONE, scale); }

    // ---- comparison ----

    public int compareTo(BigDecimal val) {
        if (signum() != val.signum()) return signum() < val.signum() ? -1 : 1;
        if (signum() != 0) { // different adjusted exponents decide without aligning the scales
            long adjA = (long) precision() - scale, adjB = (long) val.precision() - val.scale;
            if (adjA != adjB) return (adjA < adjB ? -1 : 1) * signum();
        }
        if (scale == val.scale) return intVal.compareTo(val.intVal);
        if (scale > val.scale) return intVal.compareTo(val.upscale(scale));
        return upscale(val.scale).compareTo(val.intVal);
    }

    /** Equal value AND equal scale (2.0 is not 2.00). */
    public boolean equals(Object x) {
        return x instanceof BigDecimal d && d.scale == scale && d.intVal.equals(intVal);
    }

    public BigDecimal min(BigDecimal val) { return compareTo(val) <= 0 ? this : val; }

    public BigDecimal max(BigDecimal val) { return compareTo(val) >= 0 ? this : val; }

    public int hashCode() { return 31 * intVal.hashCode() + scale; }

    // ---- strings ----

    /** Plain notation when scale >= 0 and the adjusted exponent >= -6, otherwise d.dddE±n. */
    public String toString() {
        String coeff = intVal.abs().toString();
        long adjusted = -(long) scale + (coeff.length() - 1);
        StringBuilder sb = new StringBuilder();
        if (signum() < 0) sb.append('-');
        if (scale >= 0 && adjusted >= -6) {
            appendPlain(sb, coeff);
            return sb.toString();
        }
        sb.append(coeff.charAt(0));
        if (coeff.length() > 1) sb.append('.').append(coeff, 1, coeff.length());
        sb.append('E');
        if (adjusted > 0) sb.append('+');
        return sb.append(adjusted).toString();
    }

    /** Like toString, but exponents are multiples of three (1 to 3 integer digits). */
    public String toEngineeringString() {
        String coeff = intVal.abs().toString();
        long adjusted = -(long) scale + (coeff.length() - 1);
        StringBuilder sb = new StringBuilder();
        if (signum() < 0) sb.append('-');
        if (scale >= 0 && adjusted >= -6) {
            appendPlain(sb, coeff);
            return sb.toString();
        }
        long exp;
        if (signum() == 0) {
            // Zero keeps its scale through fraction digits: 0E+1 -> 0.00E+3, 0E+2 -> 0.0E+3.
            int mod = (int) Math.floorMod(adjusted, 3L);
            if (mod == 1) { sb.append("0.00"); exp = adjusted + 2; }
            else if (mod == 2) { sb.append("0.0"); exp = adjusted + 1; }
            else { sb.append('0'); exp = adjusted; }
        } else {
            exp = adjusted - Math.floorMod(adjusted, 3L);
            int intDigits = (int) (adjusted - exp) + 1;
            if (coeff.length() > intDigits) {
                sb.append(coeff, 0, intDigits).append('.').append(coeff, intDigits, coeff.length());
            } else {
                sb.append(coeff);
                for (int i = coeff.length(); i < intDigits; i++) sb.append('0');
            }
        }
        if (exp != 0) {
            sb.append('E');
            if (exp > 0) sb.append('+');
            sb.append(exp);
        }
        return sb.toString();
    }

    public String toPlainString() {
        StringBuilder sb = new StringBuilder();
        if (signum() < 0) sb.append('-');
        String coeff = intVal.abs().toString();
        if (scale < 0) {
            sb.append(coeff);
            if (signum() != 0) for (int i = 0; i < -(long) scale; i++) sb.append('0');
            return sb.toString();
        }
        appendPlain(sb, coeff);
        return sb.toString();
    }

    /** coeff with the decimal point `scale` (>= 0) digits from the right. */
    private void appendPlain(StringBuilder sb, String coeff) {
        if (scale == 0) {
            sb.append(coeff);
        } else if (coeff.length() > scale) {
            sb.append(coeff, 0, coeff.length() - scale).append('.').append(coeff, coeff.length() - scale, coeff.length());
        } else {
            sb.append("0.");
            for (int i = coeff.length(); i < scale; i++) sb.append('0');
            sb.append(coeff);
        }
    }

    // ---- conversions ----

    public BigInteger toBigInteger() {
        if (scale <= 0) return intVal.multiply(tenPow(-(long) scale));
        if (precision() <= scale) return BigInteger.ZERO; // |this| < 1; avoids computing 10^scale
        return intVal.divide(tenPow(scale));
    }

    public BigInteger toBigIntegerExact() { return setScale(0, RoundingMode.UNNECESSARY).intVal; }

    public long longValue() {
        if (scale < 0 && -(long) scale >= 64 && signum() != 0) return 0; // a multiple of 2^64
        return toBigInteger().longValue();
    }

    public int intValue() { return (int) longValue(); }

    private BigInteger exactInteger() {
        if (signum() == 0) return BigInteger.ZERO;
        if (scale > 0) return stripTrailingZeros().toBigIntegerExact();
        if (precision() - (long) scale > 40) throw new ArithmeticException("Overflow");
        return toBigInteger();
    }

    public long longValueExact() {
        BigInteger b = exactInteger();
        if (b.bitLength() > 63) throw new ArithmeticException("Overflow");
        return b.longValue();
    }

    public int intValueExact() {
        BigInteger b = exactInteger();
        if (b.bitLength() > 31) throw new ArithmeticException("Overflow");
        return b.intValue();
    }

    public short shortValueExact() {
        BigInteger b = exactInteger();
        if (b.bitLength() > 15) throw new ArithmeticException("Overflow");
        return b.shortValue();
    }

    public byte byteValueExact() {
        BigInteger b = exactInteger();
        if (b.bitLength() > 7) throw new ArithmeticException("Overflow");
        return b.byteValue();
    }

    /** Far beyond the double/float range: a signed infinity or a signed zero. */
    private double outOfRange(long adjusted) {
        double r = adjusted > 0 ? Double.POSITIVE_INFINITY : 0.0;
        return signum() < 0 ? -r : r;
    }

    /** Correctly rounded, through the (correctly rounding) decimal parser. */
    public double doubleValue() {
        if (scale == 0) return intVal.doubleValue();
        long adjusted = (long) precision() - scale - 1;
        if (adjusted > 310 || adjusted < -330) return outOfRange(adjusted);
        return Double.parseDouble(toString());
    }

    public float floatValue() {
        if (scale == 0) return intVal.floatValue();
        long adjusted = (long) precision() - scale - 1;
        if (adjusted > 40 || adjusted < -50) return (float) outOfRange(adjusted);
        return Float.parseFloat(toString());
    }
}
