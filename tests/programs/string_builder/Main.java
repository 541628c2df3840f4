/** StringBuilder operations: append of every type, insert, delete, reverse, setCharAt, setLength, indexOf, replace. */
public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(true).append(',').append((byte) 1).append(',').append('c').append(',').append((short) 2).append(',')
          .append(3).append(',').append(4L).append(',').append(5.5f).append(',').append(6.25).append(',').append("s")
          .append(',').append((Object) null).append(',').append((String) null).append(',').append(new char[]{'x', 'y'})
          .append(',').append(new StringBuilder("nested")).append(',').append("abcdef", 2, 4);
        System.out.println(sb + " len=" + sb.length());
        sb.setLength(0);
        sb.append("hello world");
        sb.insert(0, "[").insert(sb.length(), ']').insert(6, 123).insert(1, 'H').insert(2, 2.5);
        System.out.println(sb);
        sb.delete(1, 5).deleteCharAt(0);
        System.out.println(sb + " indexOf(o)=" + sb.indexOf("o") + " lastIndexOf(o)=" + sb.lastIndexOf("o") + " indexOf(o,5)=" + sb.indexOf("o", 5));
        sb.replace(0, 3, "REPLACED");
        System.out.println(sb);
        sb.setCharAt(0, 'r');
        sb.reverse();
        System.out.println(sb + " charAt(2)=" + sb.charAt(2));
        sb.setLength(3);
        System.out.println("[" + sb + "] len " + sb.length());
        sb.setLength(5);
        System.out.println("padded with NUL: " + (int) sb.charAt(4) + " len " + sb.length());
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20000; i++) big.append(i % 7 == 0 ? 'x' : (char) ('a' + i % 26));
        int h = 0;
        for (int i = 0; i < big.length(); i++) h = 31 * h + big.charAt(i);
        System.out.println("big len " + big.length() + " hash " + h + " == " + big.toString().hashCode());
        System.out.println("substring " + big.substring(100, 110) + " " + big.substring(19995));
        StringBuilder pal = new StringBuilder("racecar");
        System.out.println("palindrome " + pal.toString().equals(pal.reverse().toString()));
        StringBuilder cap = new StringBuilder(2);
        cap.append("grows beyond its initial capacity");
        System.out.println(cap + " " + cap.length());
        System.out.println("compareTo " + Integer.signum(new StringBuilder("abc").compareTo(new StringBuilder("abd"))));
        StringBuilder sbi = new StringBuilder();
        sbi.append(Integer.MIN_VALUE).append(' ').append(Long.MIN_VALUE).append(' ').append(-0.0).append(' ').append(Float.NaN);
        System.out.println(sbi);
        try {
            new StringBuilder("abc").deleteCharAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("deleteCharAt out of range: " + e.getClass().getSimpleName());
        }
    }
}
