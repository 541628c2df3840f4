/** Character, Boolean, Short, Byte, Double and Float box methods; unboxing null. */
public class Main {
    public static void main(String[] args) {
        char[] cs = {'a', 'Z', '5', ' ', '\t', '\n', '_', '$', '!', 'q', '0', '9', '\u00e9'};
        for (char c : cs) {
            System.out.println((int) c + ": digit " + Character.isDigit(c) + " letter " + Character.isLetter(c) + " letterOrDigit " + Character.isLetterOrDigit(c)
                    + " upper " + Character.isUpperCase(c) + " lower " + Character.isLowerCase(c) + " ws " + Character.isWhitespace(c)
                    + " toUpper " + (int) Character.toUpperCase(c) + " toLower " + (int) Character.toLowerCase(c)
                    + " digit16 " + Character.digit(c, 16) + " numeric " + Character.getNumericValue(c));
        }
        System.out.println("forDigit " + Character.forDigit(11, 16) + Character.forDigit(3, 10) + " toString " + Character.toString('x') + " valueOf " + Character.valueOf('y')
                + " compare " + Character.compare('a', 'b') + " hash " + Character.valueOf('A').hashCode() + " MIN_RADIX " + Character.MIN_RADIX + " MAX_RADIX " + Character.MAX_RADIX);
        System.out.println("Boolean " + Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null) + " " + Boolean.valueOf(true)
                + " " + Boolean.toString(false) + " " + Boolean.logicalXor(true, false) + " " + Boolean.logicalAnd(true, false) + " " + Boolean.compare(true, false)
                + " hash " + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode() + " same " + (Boolean.valueOf(true) == Boolean.TRUE));
        System.out.println("Short " + Short.parseShort("-123") + " " + Short.valueOf((short) 5) + " " + Short.toString((short) 7) + " " + Short.compare((short) 1, (short) 2)
                + " Byte " + Byte.parseByte("12") + " " + Byte.toString((byte) -1) + " " + Byte.valueOf((byte) 3).intValue() + " unsigned " + Byte.toUnsignedInt((byte) -1));
        Double dd = 2.5;
        Float ff = 1.5f;
        System.out.println("Double " + dd.intValue() + " " + dd.longValue() + " " + dd.floatValue() + " " + dd.equals(2.5) + " " + dd.compareTo(3.0) + " hash " + dd.hashCode()
                + " isNaN " + dd.isNaN() + " Float " + ff.doubleValue() + " " + ff.hashCode() + " " + Float.compare(1f, 2f) + " " + Double.valueOf(1.0).equals(1.0f));
        System.out.println("Double.sum/min/max " + Double.sum(0.1, 0.2) + " " + Double.min(-1, 1) + " " + Double.max(-0.0, 0.0) + " MAX " + Double.MAX_VALUE + " MIN " + Double.MIN_VALUE);
        Integer nul = null;
        try {
            int x = nul;
            System.out.println("no exception?! " + x);
        } catch (NullPointerException e) {
            System.out.println("unboxing null: NPE");
        }
        Object[] boxes = {1, 2L, 3.0, 4.0f, (short) 5, (byte) 6, '7', true};
        StringBuilder sb = new StringBuilder();
        for (Object o : boxes) sb.append(o.getClass().getSimpleName()).append('=').append(o).append(' ');
        System.out.println(sb);
        long total = 0;
        for (Object o : boxes) if (o instanceof Number n) total += n.longValue();
        System.out.println("Number total " + total);
    }
}
