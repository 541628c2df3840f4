package java.math;

/** The eight rounding policies of BigDecimal (JDK 25 javadoc), with the legacy int codes 0..7. */
public enum RoundingMode {
    UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY;

    /** Maps BigDecimal.ROUND_UP (0) .. ROUND_UNNECESSARY (7), which follow the declaration order. */
    public static RoundingMode valueOf(int rm) {
        if (rm < 0 || rm > 7) throw new IllegalArgumentException("argument out of range");
        return values()[rm];
    }
}
