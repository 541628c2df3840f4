package java.util;

import kiln.rt.FmtFloat;

/**
 * Renders one argument for a {@link FormatterSpec}: the argument-type checks (and the flag checks
 * that depend on the argument's type) and the text of each conversion, justified to the width.
 * Numbers use '-' (or '(' ')'), '+' or ' ' before the digits, '0' padding between the sign and the
 * digits, and ',' groups of three on the integer digits (zero padding itself is never grouped).
 */
final class FormatterPrinter {
    private FormatterPrinter() {}

    static String print(FormatterSpec fs, Object arg) {
        switch (fs.category) {
            case FormatterSpec.PERCENT:
                return justify(fs, "%");
            case FormatterSpec.NEWLINE:
                return System.lineSeparator();
            case FormatterSpec.GENERAL:
                return general(fs, arg);
            case FormatterSpec.CHAR:
                return character(fs, arg);
            case FormatterSpec.INTEGRAL:
                return integral(fs, arg);
            case FormatterSpec.FLOAT:
                return floating(fs, arg);
            default:
                return dateTime(fs, arg);
        }
    }

    // ---- %b %h %s ----

    private static String general(FormatterSpec fs, Object arg) {
        String s;
        if (fs.conv == 'b') {
            s = arg == null ? "false" : arg instanceof Boolean ? arg.toString() : "true";
        } else if (fs.conv == 'h') {
            s = arg == null ? "null" : Integer.toHexString(arg.hashCode());
        } else {
            // '#' asks for Formattable's alternate form; nothing here is Formattable.
            fs.badFlags(FormatterSpec.ALT);
            s = arg == null ? "null" : arg.toString();
            if (s == null) {
                return nullToString(fs);
            }
        }
        return text(fs, s);
    }

    /**
     * An argument whose toString() returned null: HotSpot appends "null" when nothing else is asked
     * for, and otherwise fails with the NullPointerException of the step that first touches it.
     */
    private static String nullToString(FormatterSpec fs) {
        if (fs.precision != -1) {
            throw new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null");
        }
        if (fs.upper) {
            throw new NullPointerException(
                    "Cannot invoke \"String.toUpperCase(java.util.Locale)\" because \"s\" is null");
        }
        if (fs.width != -1) {
            throw new NullPointerException(
                    "Cannot invoke \"java.lang.CharSequence.length()\" because \"cs\" is null");
        }
        return "null";
    }

    /** Truncates to the precision, upper-cases for %S etc., and justifies. */
    private static String text(FormatterSpec fs, String s) {
        if (fs.precision != -1 && fs.precision < s.length()) {
            s = s.substring(0, fs.precision);
        }
        if (fs.upper) {
            s = s.toUpperCase();
        }
        return justify(fs, s);
    }

    private static String justify(FormatterSpec fs, String s) {
        int pad = fs.width - s.length();
        if (pad <= 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(fs.width);
        if (fs.has(FormatterSpec.LEFT)) {
            sb.append(s);
        }
        for (int k = 0; k < pad; k++) {
            sb.append(' ');
        }
        if (!fs.has(FormatterSpec.LEFT)) {
            sb.append(s);
        }
        return sb.toString();
    }

    // ---- %c ----

    private static String character(FormatterSpec fs, Object arg) {
        if (arg == null) {
            return text(fs, "null");
        }
        String s;
        if (arg instanceof Character ch) {
            s = String.valueOf(ch.charValue());
        } else if (arg instanceof Byte || arg instanceof Short || arg instanceof Integer) {
            int cp = ((Number) arg).intValue();
            if (!Character.isValidCodePoint(cp)) {
                throw new IllegalFormatCodePointException(cp);
            }
            s = new String(Character.toChars(cp));
        } else {
            throw new IllegalFormatConversionException(fs.conv, arg.getClass());
        }
        return text(fs, s);
    }

    // ---- %d %o %x ----

    private static String integral(FormatterSpec fs, Object arg) {
        if (arg == null) {
            return text(fs, "null");
        }
        long v;
        int bits;
        if (arg instanceof Integer i) {
            v = i;
            bits = 32;
        } else if (arg instanceof Long l) {
            v = l;
            bits = 64;
        } else if (arg instanceof Byte b) {
            v = b;
            bits = 8;
        } else if (arg instanceof Short s) {
            v = s;
            bits = 16;
        } else {
            throw new IllegalFormatConversionException(fs.conv, arg.getClass());
        }
        if (fs.conv == 'd') {
            String mag = Long.toString(v);
            if (v < 0) {
                mag = mag.substring(1);
            }
            return signed(fs, v < 0, mag, true);
        }
        // Signs and parentheses make sense for BigInteger only.
        fs.badFlags(FormatterSpec.PLUS | FormatterSpec.SPACE | FormatterSpec.PAREN);
        if (bits < 64) {
            v &= (1L << bits) - 1;
        }
        String digits = fs.conv == 'o' ? Long.toOctalString(v) : Long.toHexString(v);
        String prefix = "";
        if (fs.has(FormatterSpec.ALT)) {
            prefix = fs.conv == 'o' ? "0" : "0x";
        }
        StringBuilder sb = new StringBuilder(prefix);
        if (fs.has(FormatterSpec.ZERO)) {
            for (int k = prefix.length() + digits.length(); k < fs.width; k++) {
                sb.append('0');
            }
        }
        sb.append(digits);
        String s = sb.toString();
        return justify(fs, fs.upper ? s.toUpperCase() : s);
    }

    /**
     * Sign, zero padding, magnitude (grouped when allowed and asked for) and closing parenthesis,
     * justified. mag holds digits and possibly '.' and an exponent; grouping touches only the digits
     * before the first non-digit.
     */
    private static String signed(FormatterSpec fs, boolean negative, String mag, boolean groupable) {
        if (groupable && fs.has(FormatterSpec.GROUP)) {
            mag = group(mag);
        }
        StringBuilder sb = new StringBuilder();
        boolean paren = negative && fs.has(FormatterSpec.PAREN);
        if (negative) {
            sb.append(paren ? '(' : '-');
        } else if (fs.has(FormatterSpec.PLUS)) {
            sb.append('+');
        } else if (fs.has(FormatterSpec.SPACE)) {
            sb.append(' ');
        }
        if (fs.has(FormatterSpec.ZERO)) {
            int target = fs.width - (paren ? 1 : 0);
            for (int k = sb.length() + mag.length(); k < target; k++) {
                sb.append('0');
            }
        }
        sb.append(mag);
        if (paren) {
            sb.append(')');
        }
        String s = sb.toString();
        return justify(fs, fs.upper ? s.toUpperCase() : s);
    }

    private static String group(String mag) {
        int intLen = 0;
        while (intLen < mag.length() && mag.charAt(intLen) >= '0' && mag.charAt(intLen) <= '9') {
            intLen++;
        }
        StringBuilder sb = new StringBuilder(mag.length() + intLen / 3);
        for (int k = 0; k < intLen; k++) {
            if (k > 0 && (intLen - k) % 3 == 0) {
                sb.append(',');
            }
            sb.append(mag.charAt(k));
        }
        sb.append(mag, intLen, mag.length());
        return sb.toString();
    }

    // ---- %e %f %g %a ----

    private static String floating(FormatterSpec fs, Object arg) {
        if (arg == null) {
            return text(fs, "null");
        }
        double v;
        if (arg instanceof Double d) {
            v = d;
        } else if (arg instanceof Float f) {
            v = f;
        } else {
            throw new IllegalFormatConversionException(fs.conv, arg.getClass());
        }
        if (v != v) {
            return justify(fs, fs.upper ? "NAN" : "NaN");
        }
        boolean negative = Double.compare(v, 0.0) < 0;
        if (v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
            StringBuilder sb = new StringBuilder();
            if (negative) {
                sb.append(fs.has(FormatterSpec.PAREN) ? '(' : '-');
            } else if (fs.has(FormatterSpec.PLUS)) {
                sb.append('+');
            } else if (fs.has(FormatterSpec.SPACE)) {
                sb.append(' ');
            }
            sb.append(fs.upper ? "INFINITY" : "Infinity");
            if (negative && fs.has(FormatterSpec.PAREN)) {
                sb.append(')');
            }
            return justify(fs, sb.toString());
        }
        if (fs.conv == 'a') {
            return hexFloat(fs, negative, v);
        }
        FmtFloat fd = new FmtFloat(v);
        boolean alt = fs.has(FormatterSpec.ALT);
        if (fs.conv == 'f') {
            int prec = fs.precision == -1 ? 6 : fs.precision;
            fd.roundToFraction(prec);
            return signed(fs, negative, fixed(fd, prec, alt), true);
        }
        if (fs.conv == 'e') {
            int prec = fs.precision == -1 ? 6 : fs.precision;
            fd.roundToDigits(prec + 1);
            return signed(fs, negative, scientific(fd, prec, alt), false);
        }
        // %g: precision = number of significant digits.
        int prec = fs.precision == -1 ? 6 : fs.precision == 0 ? 1 : fs.precision;
        if (fd.isZero()) {
            return signed(fs, negative, fixed(fd, prec - 1, false), true);
        }
        fd.roundToDigits(prec);
        int e = fd.sciExponent();
        if (e >= -4 && e < prec) {
            return signed(fs, negative, fixed(fd, prec - 1 - e, false), true);
        }
        return signed(fs, negative, scientific(fd, prec - 1, false), false);
    }

    /**
     * %a: sign, "0x", zero padding, digits. HotSpot sizes the zero padding as if the fraction had no
     * trailing zeros (before padding it to the precision), so with a precision the result can come
     * out wider than the width; that is reproduced.
     */
    private static String hexFloat(FormatterSpec fs, boolean negative, double v) {
        String mag = FormatterHex.hex(Math.abs(v), fs.precision);
        StringBuilder sb = new StringBuilder();
        if (negative) {
            sb.append('-');
        } else if (fs.has(FormatterSpec.PLUS)) {
            sb.append('+');
        } else if (fs.has(FormatterSpec.SPACE)) {
            sb.append(' ');
        }
        sb.append(mag, 0, 2);
        if (fs.has(FormatterSpec.ZERO)) {
            int zeros = fs.width - sb.length() - FormatterHex.unpaddedLength(mag) + 2;
            for (int k = 0; k < zeros; k++) {
                sb.append('0');
            }
        }
        sb.append(mag, 2, mag.length());
        String s = sb.toString();
        return justify(fs, fs.upper ? s.toUpperCase() : s);
    }

    private static String fixed(FmtFloat fd, int prec, boolean alt) {
        String s = fd.integerDigits();
        if (prec > 0) {
            return s + "." + fd.fractionDigits(prec);
        }
        return alt ? s + "." : s;
    }

    private static String scientific(FmtFloat fd, int prec, boolean alt) {
        StringBuilder sb = new StringBuilder();
        sb.append(fd.leadingDigit());
        if (prec > 0 || alt) {
            sb.append('.');
        }
        sb.append(fd.mantissaFraction(prec));
        int e = fd.sciExponent();
        sb.append(e < 0 ? "e-" : "e+");
        e = Math.abs(e);
        if (e < 10) {
            sb.append('0');
        }
        sb.append(e);
        return sb.toString();
    }

    // ---- %t ----

    private static String dateTime(FormatterSpec fs, Object arg) {
        if (arg == null) {
            return text(fs, "null");
        }
        if (arg instanceof Long) {
            throw new UnsupportedOperationException("Kiln: date/time conversions (%t) are not supported");
        }
        throw new IllegalFormatConversionException(fs.conv, arg.getClass());
    }
}
