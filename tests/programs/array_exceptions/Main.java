/** Array index and size failures: the exception classes and their messages. */
public class Main {
    static int idx(int i) { return i; }

    public static void main(String[] args) {
        int[] a = new int[3];
        long[] l = new long[2];
        double[] d = new double[1];
        byte[] b = new byte[0];
        char[] c = new char[4];
        String[] s = new String[5];
        int[] probes = {-1, 3, 5, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int p : probes) {
            try { a[idx(p)] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("int store: " + e.getMessage()); }
            try { System.out.println(a[idx(p)]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("int load: " + e.getMessage()); }
        }
        try { l[2] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("long: " + e.getMessage()); }
        try { d[idx(-2)] += 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("double: " + e.getMessage()); }
        try { b[0]++; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("byte: " + e.getMessage()); }
        try { c[4] = 'x'; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("char: " + e.getMessage()); }
        try { s[10] = "x"; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("String: " + e.getMessage()); }
        try { s[idx(6)].length(); } catch (IndexOutOfBoundsException e) { System.out.println("as IOOBE: " + e.getClass().getName()); }
        int[] sizes = {-1, -100, Integer.MIN_VALUE};
        for (int n : sizes) {
            try { int[] x = new int[n]; System.out.println(x.length); } catch (NegativeArraySizeException e) { System.out.println("NASE: " + e.getMessage()); }
        }
        try { Object[] x = new Object[idx(-5)]; System.out.println(x.length); } catch (NegativeArraySizeException e) { System.out.println("NASE obj: " + e.getMessage()); }
        try { int[][] x = new int[3][idx(-2)]; System.out.println(x.length); } catch (NegativeArraySizeException e) { System.out.println("NASE multi: " + e.getMessage()); }
        try { int[][] x = new int[idx(-3)][2]; System.out.println(x.length); } catch (NegativeArraySizeException e) { System.out.println("NASE multi outer: " + e.getMessage()); }
        int[] nul = null;
        try { System.out.println(nul.length); } catch (NullPointerException e) { System.out.println("arraylength null: " + e.getClass().getName()); }
        try { nul[0] = 1; } catch (NullPointerException e) { System.out.println("store to null: " + e.getClass().getName()); }
        try { System.arraycopy(a, 0, c, 0, 1); } catch (ArrayStoreException e) { System.out.println("arraycopy type mismatch: " + e.getClass().getName()); }
        try { System.arraycopy(a, 2, a, 0, 2); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("arraycopy bounds: " + e.getClass().getName()); }
        int ok = 0;
        for (int i = -2; i < 6; i++) {
            try { a[i] = i; ok++; } catch (ArrayIndexOutOfBoundsException e) { ok += 100; }
        }
        System.out.println("ok = " + ok + " a = " + java.util.Arrays.toString(a));
        int[] zero = new int[0];
        System.out.println("zero-length fine: " + zero.length);
    }
}
