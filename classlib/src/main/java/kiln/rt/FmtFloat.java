package kiln.rt;

/**
 * Decimal digits for java.util.Formatter's %e, %f and %g. Since JDK 21 the Formatter starts from the
 * shortest decimal that identifies the double (the digits Double.toString prints, not the double's
 * exact binary value) and rounds that decimal HALF_UP to the requested precision, padding with zeros
 * when the precision asks for more digits than it has. So String.format("%.2f", 1.005) is "1.01" and
 * %f of 1e23 prints 1 followed by 23 zeros. A float argument is first widened to double.
 *
 * <p>An instance holds a non-negative magnitude as 0.d[0]d[1]...d[n-1] * 10^point with no leading or
 * trailing zero digits; n == 0 means zero.
 */
public final class FmtFloat {
    private char[] d;
    private int n;
    private int point;

    /** The shortest decimal of |v|; v must be finite. */
    public FmtFloat(double v) {
        String s = Double.toString(Math.abs(v));
        int ePos = s.indexOf('E');
        int exp = 0;
        String m = s;
        if (ePos >= 0) {
            exp = Integer.parseInt(s.substring(ePos + 1));
            m = s.substring(0, ePos);
        }
        int dot = m.indexOf('.');
        d = new char[m.length()];
        n = 0;
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            if (c != '.') {
                d[n++] = c;
            }
        }
        point = dot + exp;
        int lead = 0;
        while (lead < n && d[lead] == '0') {
            lead++;
        }
        if (lead > 0) {
            System.arraycopy(d, lead, d, 0, n - lead);
            n -= lead;
            point -= lead;
        }
        while (n > 0 && d[n - 1] == '0') {
            n--;
        }
        if (n == 0) {
            point = 0;
        }
    }

    public boolean isZero() {
        return n == 0;
    }

    /** Decimal exponent of the leading digit (value = d.ddd * 10^sciExponent); 0 for zero. */
    public int sciExponent() {
        return n == 0 ? 0 : point - 1;
    }

    /** Keeps the first keep significant digits, rounding HALF_UP on the first dropped one. */
    public void roundToDigits(int keep) {
        if (keep >= n) {
            return;
        }
        if (keep < 0) {
            n = 0;
            point = 0;
            return;
        }
        boolean up = d[keep] >= '5';
        n = keep;
        if (up) {
            int i = n - 1;
            while (i >= 0 && d[i] == '9') {
                i--;
            }
            if (i < 0) {
                // 99..9 + 1: a single 1 one decade up.
                d[0] = '1';
                n = 1;
                point++;
                return;
            }
            d[i]++;
            n = i + 1;
        }
        while (n > 0 && d[n - 1] == '0') {
            n--;
        }
        if (n == 0) {
            point = 0;
        }
    }

    /** Rounds to prec digits after the decimal point. */
    public void roundToFraction(int prec) {
        if (n != 0) {
            roundToDigits(point + prec);
        }
    }

    private char digit(int i) {
        return i >= 0 && i < n ? d[i] : '0';
    }

    /** The integer part's digits (at least "0"). */
    public String integerDigits() {
        if (n == 0 || point <= 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder(point);
        for (int i = 0; i < point; i++) {
            sb.append(digit(i));
        }
        return sb.toString();
    }

    /** prec fraction digits (after roundToFraction(prec), exact). */
    public String fractionDigits(int prec) {
        StringBuilder sb = new StringBuilder(prec);
        for (int i = 0; i < prec; i++) {
            sb.append(n == 0 ? '0' : digit(point + i));
        }
        return sb.toString();
    }

    /** The significant digits 1..prec after the leading one, for scientific notation. */
    public String mantissaFraction(int prec) {
        StringBuilder sb = new StringBuilder(prec);
        for (int i = 1; i <= prec; i++) {
            sb.append(digit(i));
        }
        return sb.toString();
    }

    /** The leading significant digit ('0' for zero). */
    public char leadingDigit() {
        return digit(0);
    }
}
