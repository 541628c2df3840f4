package java.math;

/** Precision (significant digits, 0 = unlimited) plus a rounding mode, as in the JDK 25 javadoc. */
public final class MathContext implements java.io.Serializable {
    public static final MathContext UNLIMITED = new MathContext(0, RoundingMode.HALF_UP);
    public static final MathContext DECIMAL32 = new MathContext(7, RoundingMode.HALF_EVEN);
    public static final MathContext DECIMAL64 = new MathContext(16, RoundingMode.HALF_EVEN);
    public static final MathContext DECIMAL128 = new MathContext(34, RoundingMode.HALF_EVEN);

    private final int precision;
    private final RoundingMode roundingMode;

    public MathContext(int setPrecision) { this(setPrecision, RoundingMode.HALF_UP); }

    public MathContext(int setPrecision, RoundingMode setRoundingMode) {
        if (setPrecision < 0) throw new IllegalArgumentException("Digits < 0");
        if (setRoundingMode == null) throw new NullPointerException("null RoundingMode");
        this.precision = setPrecision;
        this.roundingMode = setRoundingMode;
    }

    /** Parses the toString() form exactly: "precision=N roundingMode=NAME". */
    public MathContext(String val) {
        if (val == null) throw new NullPointerException("null String");
        int p;
        RoundingMode rm;
        try {
            if (!val.startsWith("precision=")) throw new RuntimeException();
            int sp = val.indexOf(' ');
            p = Integer.parseInt(val.substring(10, sp));
            if (!val.startsWith("roundingMode=", sp + 1)) throw new RuntimeException();
            rm = RoundingMode.valueOf(val.substring(sp + 14));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad string format");
        }
        if (p < 0) throw new IllegalArgumentException("Digits < 0");
        this.precision = p;
        this.roundingMode = rm;
    }

    public int getPrecision() { return precision; }

    public RoundingMode getRoundingMode() { return roundingMode; }

    public boolean equals(Object x) {
        return x instanceof MathContext mc && mc.precision == precision && mc.roundingMode == roundingMode;
    }

    public int hashCode() { return roundingMode.hashCode() + (precision << 2); }

    public String toString() { return "precision=" + precision + " roundingMode=" + roundingMode; }
}
