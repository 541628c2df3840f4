package kiln.rt;

/**
 * Double.parseDouble / Float.parseFloat for the Kiln class library.
 *
 * <p>Grammar: that of Double.valueOf(String) (Java SE 25 javadoc): leading and trailing characters
 * <= ' ' are ignored; then an optional sign and either "NaN", "Infinity", a decimal floating literal
 * (JLS 3.10.2, with optional exponent) or a hexadecimal one ("0x1.8p3", binary exponent required),
 * each optionally followed by one of f F d D. Error messages and exception types match HotSpot 25.
 *
 * <p>Rounding: correctly rounded (IEEE 754 round to nearest, ties to even) from the exact value of the
 * input, directly to the target format (a float is never rounded via double). Decimal inputs go
 * through three stages:
 * <ol>
 * <li>Clinger's fast path: few digits and a small power of ten, where one IEEE multiplication or
 *     division of two exact operands is already correctly rounded;</li>
 * <li>the first 19 digits times a 126-bit over-estimate of the power of ten ({@link FpPow10}), with
 *     an error bound; the result is accepted when the approximation is far enough from a rounding
 *     boundary (the idea of Eisel and Lemire's algorithm);</li>
 * <li>otherwise an exact big-integer comparison ({@link FpBig}) of the input with the midpoint
 *     between the two candidate values.</li>
 * </ol>
 * Only the first {@value #MAX_DIGITS} significant digits are kept exactly; any further non-zero digits
 * are replaced by a single trailing 1 digit. This cannot change the result: every midpoint between
 * two adjacent doubles has at most 769 significant decimal digits.
 */
public final class FloatingParser {
    private static final int MAX_DIGITS = 800;

    /** Exact powers of ten representable in a double (10^22 < 2^53 * 2^22). */
    private static final double[] P10 = new double[23];
    /** Exact powers of ten representable in a float (5^10 < 2^24). */
    private static final float[] F10 = new float[11];

    static {
        double p = 1.0;
        for (int i = 0; i < P10.length; i++) {
            P10[i] = p;
            p *= 10.0;
        }
        float f = 1.0f;
        for (int i = 0; i < F10.length; i++) {
            F10[i] = f;
            f *= 10.0f;
        }
    }

    private FloatingParser() {}

    public static double parseDouble(String s) {
        return Double.longBitsToDouble(parse(s, false));
    }

    public static float parseFloat(String s) {
        return Float.intBitsToFloat((int) parse(s, true));
    }

    // ---- format parameters: precision (bits incl. the hidden one), exponent of the lowest bit of a
    // ---- subnormal, largest exponent of the lowest bit of a finite value.

    private static int prec(boolean isFloat) {
        return isFloat ? 24 : 53;
    }

    private static int eMin(boolean isFloat) {
        return isFloat ? -149 : -1074;
    }

    private static int eMax(boolean isFloat) {
        return isFloat ? 104 : 971;
    }

    private static long infBits(boolean isFloat) {
        return isFloat ? 0x7F80_0000L : 0x7FF0_0000_0000_0000L;
    }

    /** Returns the raw bits of the result (a float's bits in the low 32 bits). */
    private static long parse(String in, boolean isFloat) {
        if (in == null) {
            // HotSpot's message (helpful NullPointerException of its own parser).
            throw new NullPointerException("Cannot invoke \"String.length()\" because \"in\" is null");
        }
        int start = 0;
        int end = in.length();
        while (start < end && in.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && in.charAt(end - 1) <= ' ') {
            end--;
        }
        if (start == end) {
            throw new NumberFormatException("empty String");
        }
        int i = start;
        char ch = in.charAt(i);
        boolean negative = false;
        if (ch == '+' || ch == '-') {
            negative = ch == '-';
            i++;
        }
        long signBit = !negative ? 0 : (isFloat ? 0x8000_0000L : 0x8000_0000_0000_0000L);
        if (i < end) {
            ch = in.charAt(i);
            if (ch == 'N') {
                if (matches(in, i, end, "NaN")) {
                    return isFloat ? 0x7FC0_0000L : 0x7FF8_0000_0000_0000L;
                }
                throw invalid(in);
            }
            if (ch == 'I') {
                if (matches(in, i, end, "Infinity")) {
                    return signBit | infBits(isFloat);
                }
                throw invalid(in);
            }
            if (ch == '0' && i + 1 < end && (in.charAt(i + 1) | 0x20) == 'x') {
                return signBit | parseHex(in, i + 2, end, isFloat);
            }
        }
        return signBit | parseDecimal(in, i, end, isFloat);
    }

    private static boolean matches(String in, int i, int end, String word) {
        if (end - i != word.length()) {
            return false;
        }
        for (int j = 0; j < word.length(); j++) {
            if (in.charAt(i + j) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static NumberFormatException invalid(String in) {
        return new NumberFormatException("For input string: \"" + in + "\"");
    }

    /**
     * Parses an optional sign and at least one decimal digit at in[i..end) up to the first non-digit;
     * returns the value saturated at +-10^12 and stores the index after it in pos[0].
     */
    private static long parseExponent(String in, int i, int end, int[] pos) {
        boolean negative = false;
        if (i < end && (in.charAt(i) == '+' || in.charAt(i) == '-')) {
            negative = in.charAt(i) == '-';
            i++;
        }
        int first = i;
        long exp = 0;
        while (i < end) {
            char ch = in.charAt(i);
            if (ch < '0' || ch > '9') {
                break;
            }
            if (exp < 1_000_000_000_000L) {
                exp = exp * 10 + (ch - '0');
            }
            i++;
        }
        pos[0] = i;
        if (i == first) {
            return Long.MIN_VALUE; // no digits: caller reports the error
        }
        return negative ? -exp : exp;
    }

    /** Skips an optional f/F/d/D suffix; returns true if the input ends there. */
    private static boolean endsAfterSuffix(String in, int i, int end) {
        if (i < end) {
            char ch = in.charAt(i);
            if (ch == 'f' || ch == 'F' || ch == 'd' || ch == 'D') {
                i++;
            }
        }
        return i == end;
    }

    // ------------------------------------------------------------------------------------------
    // Decimal

    private static long parseDecimal(String in, int i, int end, boolean isFloat) {
        // Significant digits (leading zeros dropped) and the decimal exponent such that the value
        // is 0.d1 d2 d3 ... * 10^decExp.
        byte[] dig = new byte[Math.min(end - i, MAX_DIGITS) + 1];
        int nd = 0;
        boolean sticky = false;
        long decExp = 0;
        boolean sawDigit = false;
        while (i < end) {
            char ch = in.charAt(i);
            if (ch < '0' || ch > '9') {
                break;
            }
            sawDigit = true;
            int d = ch - '0';
            if (nd != 0 || d != 0) {
                if (nd < MAX_DIGITS) {
                    dig[nd++] = (byte) d;
                } else if (d != 0) {
                    sticky = true;
                }
                decExp++;
            }
            i++;
        }
        if (i < end && in.charAt(i) == '.') {
            i++;
            while (i < end) {
                char ch = in.charAt(i);
                if (ch < '0' || ch > '9') {
                    break;
                }
                sawDigit = true;
                int d = ch - '0';
                if (nd == 0 && d == 0) {
                    decExp--;
                } else if (nd < MAX_DIGITS) {
                    dig[nd++] = (byte) d;
                } else if (d != 0) {
                    sticky = true;
                }
                i++;
            }
        }
        if (!sawDigit) {
            throw invalid(in);
        }
        if (i < end && (in.charAt(i) | 0x20) == 'e') {
            int[] pos = new int[1];
            long exp = parseExponent(in, i + 1, end, pos);
            if (exp == Long.MIN_VALUE) {
                throw invalid(in);
            }
            decExp += exp;
            i = pos[0];
        }
        if (!endsAfterSuffix(in, i, end)) {
            throw invalid(in);
        }
        if (nd == 0) {
            return 0; // a zero, of either sign
        }
        if (sticky) {
            dig[nd++] = 1; // stands for the non-zero digits that were dropped
        } else {
            while (dig[nd - 1] == 0) {
                nd--;
            }
        }
        // The value lies in [10^(decExp-1), 10^decExp).
        if (decExp > (isFloat ? 39 : 310)) {
            return infBits(isFloat);   // >= 10^39 > Float.MAX_VALUE, >= 10^310 > Double.MAX_VALUE
        }
        if (decExp < (isFloat ? -45 : -323)) {
            return 0;                  // < 10^-46 < 2^-150, < 10^-324 < 2^-1075: below half the minimum
        }
        int e10 = (int) decExp - nd;   // value = D * 10^e10, D the integer of the nd digits

        // Stage 1: Clinger's fast path (exact operands, one correctly rounded operation).
        if (isFloat) {
            if (nd <= 7 && e10 >= -10 && e10 <= 10) {
                float d = (float) (int) digitsValue(dig, nd);
                float r = e10 >= 0 ? d * F10[e10] : d / F10[-e10];
                return Float.floatToRawIntBits(r) & 0xFFFF_FFFFL;
            }
        } else if (nd <= 15 && e10 >= -22 && e10 <= 22 + 15 - nd) {
            double d = (double) digitsValue(dig, nd);
            double r;
            if (e10 < 0) {
                r = d / P10[-e10];
            } else if (e10 <= 22) {
                r = d * P10[e10];
            } else {
                r = (d * P10[e10 - 22]) * P10[22]; // the first product is an exact integer < 10^15
            }
            return Double.doubleToRawLongBits(r);
        }

        // Stage 2: 19 digits times a 126-bit approximation of the power of ten.
        int n19 = Math.min(nd, 19);
        long d19 = digitsValue(dig, n19); // < 10^19 < 2^64, read as unsigned
        int p = (int) decExp - n19;       // value ~ d19 * 10^p
        int lz = Long.numberOfLeadingZeros(d19);
        long m = d19 << lz;
        long g1 = FpPow10.g1(p);
        long g0 = FpPow10.g0(p);
        long gHi = (g1 << 1) | (g0 >>> 62); // G = 4 g as 128 bits, top bit set
        long gLo = g0 << 2;
        long loHi = FpPow10.umulHigh(m, gLo);
        long hiLo = m * gHi;
        long pHi = FpPow10.umulHigh(m, gHi);
        long pLo = hiLo + loHi;
        if ((pLo ^ Long.MIN_VALUE) < (hiLo ^ Long.MIN_VALUE)) {
            pHi++; // carry
        }
        // value ~ (pHi:pLo) * 2^lsb, 10^p ~ g 2^r with r = flog2pow10(p) - 125.
        long lsb = 64 + (FpPow10.flog2pow10(p) - 125) - 2 - lz;
        if (pHi >= 0) { // normalise so that bit 127 is set (m G >= 2^190, so one shift at most)
            pHi = (pHi << 1) | (pLo >>> 63);
            pLo <<= 1;
            lsb--;
        }
        int prec = prec(isFloat);
        long e = lsb + 128 - prec;          // exponent of the result's lowest bit
        if (e < eMin(isFloat)) {
            e = eMin(isFloat);
        }
        if (e > eMax(isFloat)) {
            return infBits(isFloat);
        }
        int sh = (int) (e - lsb);           // bits of (pHi:pLo) below the result; >= 75
        long mant = 0;
        boolean exact = false;
        if (sh < 128) {
            int hs = sh - 64;               // >= 11
            mant = pHi >>> hs;
            long rHi = pHi & ((1L << hs) - 1);
            long halfHi = 1L << (hs - 1);
            long dHi = rHi - halfHi;        // (remainder - half) = dHi * 2^64 + pLo
            boolean ambiguous;
            if (nd > 19) {
                // The dropped digits add up to 10^-18 relative: about 2^68.2 units of pLo.
                ambiguous = dHi >= -65 && dHi <= 64;
            } else {
                // The approximation is within -2..+8 units of pLo of the exact value.
                ambiguous = (dHi == 0 && (pLo ^ Long.MIN_VALUE) <= (16 ^ Long.MIN_VALUE))
                        || (dHi == -1 && (pLo ^ Long.MIN_VALUE) >= (-16L ^ Long.MIN_VALUE));
            }
            if (!ambiguous) {
                exact = true;
                if (dHi >= 0) {
                    mant++;
                }
            }
        }
        if (!exact) {
            // Stage 3: is the value above, below or at the midpoint (2 mant + 1) 2^(e-1)?
            int cmp = compareWithMidpoint(dig, nd, (int) decExp - nd, mant, (int) e);
            if (cmp > 0 || (cmp == 0 && (mant & 1) != 0)) {
                mant++;
            }
        }
        return ((e - eMin(isFloat)) << (prec - 1)) + mant;
    }

    /** The integer of digits d[0..n), n <= 19, as an unsigned long. */
    private static long digitsValue(byte[] d, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v = v * 10 + d[i];
        }
        return v;
    }

    /** Signum of D * 10^ef - (2 mant + 1) * 2^(e - 1), D the integer of digits d[0..nd). */
    private static int compareWithMidpoint(byte[] d, int nd, int ef, long mant, int e) {
        FpBig a = FpBig.ofDigits(d, nd, 180);
        FpBig b = new FpBig(2 * mant + 1, 180);
        if (ef >= 0) {
            a.mulPow5(ef);
        } else {
            b.mulPow5(-ef);
        }
        // Remaining factors: 2^ef on the left, 2^(e-1) on the right.
        int b2 = e - 1;
        if (ef > b2) {
            a.shiftLeft(ef - b2);
        } else {
            b.shiftLeft(b2 - ef);
        }
        return a.compareTo(b);
    }

    // ------------------------------------------------------------------------------------------
    // Hexadecimal: 0x<hex digits>[.<hex digits>]p<exponent>

    private static long parseHex(String in, int i, int end, boolean isFloat) {
        long h = 0;          // up to 15 significant hex digits (60 bits)
        int kept = 0;
        boolean sticky = false;
        long scale = 0;      // value = (h + tail) * 2^(exponent + scale)
        boolean sawDigit = false;
        while (i < end) {
            int d = hexValue(in.charAt(i));
            if (d < 0) {
                break;
            }
            sawDigit = true;
            if (kept == 0 && d == 0) {
                // leading zero
            } else if (kept < 15) {
                h = (h << 4) | d;
                kept++;
            } else {
                sticky |= d != 0;
                scale += 4;
            }
            i++;
        }
        if (i < end && in.charAt(i) == '.') {
            i++;
            while (i < end) {
                int d = hexValue(in.charAt(i));
                if (d < 0) {
                    break;
                }
                sawDigit = true;
                if (kept == 0 && d == 0) {
                    scale -= 4;
                } else if (kept < 15) {
                    h = (h << 4) | d;
                    kept++;
                    scale -= 4;
                } else {
                    sticky |= d != 0;
                }
                i++;
            }
        }
        if (!sawDigit || i >= end || (in.charAt(i) | 0x20) != 'p') {
            throw invalid(in);
        }
        int[] pos = new int[1];
        long exp = parseExponent(in, i + 1, end, pos);
        if (exp == Long.MIN_VALUE || !endsAfterSuffix(in, pos[0], end)) {
            throw invalid(in);
        }
        if (h == 0) {
            return 0;
        }
        long bexp = exp + scale;
        int prec = prec(isFloat);
        long top = bexp + 63 - Long.numberOfLeadingZeros(h);
        long e = top - prec + 1;
        if (e < eMin(isFloat)) {
            e = eMin(isFloat);
        }
        if (e > eMax(isFloat)) {
            return infBits(isFloat);
        }
        long sh = e - bexp;
        long mant;
        if (sh <= 0) {
            mant = h << -sh; // exact: no digits were dropped when h has fewer than prec bits
        } else if (sh > 61) {
            mant = 0;        // value < 2^60 * 2^bexp <= half of 2^e
        } else {
            mant = h >>> sh;
            long rem = h & ((1L << sh) - 1);
            long half = 1L << (sh - 1);
            if (rem > half || (rem == half && (sticky || (mant & 1) != 0))) {
                mant++;
            }
        }
        return ((e - eMin(isFloat)) << (prec - 1)) + mant;
    }

    private static int hexValue(char ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        if (ch >= 'a' && ch <= 'f') {
            return ch - 'a' + 10;
        }
        if (ch >= 'A' && ch <= 'F') {
            return ch - 'A' + 10;
        }
        return -1;
    }
}
