import java.util.Arrays;

/** Arrays of every primitive type: defaults, loads/stores (xALOAD/xASTORE), length, clone and java.util.Arrays helpers. */
public class Main {
    public static void main(String[] args) {
        boolean[] z = new boolean[3];
        byte[] b = new byte[4];
        char[] c = new char[3];
        short[] s = new short[3];
        int[] i = new int[5];
        long[] l = new long[3];
        float[] f = new float[3];
        double[] d = new double[3];
        System.out.println("defaults: " + Arrays.toString(z) + Arrays.toString(b) + Arrays.toString(s) + Arrays.toString(i)
                + Arrays.toString(l) + Arrays.toString(f) + Arrays.toString(d) + " char0=" + (int) c[0]);
        z[1] = true;
        b[0] = (byte) 200; b[1] = -1; b[2] = 127; b[3] = (byte) (b[2] + 1);
        c[0] = 'K'; c[1] = (char) (c[0] + 1); c[2] = '\u0041';
        s[0] = (short) 40000; s[1] = -300; s[2] = (short) (s[1] * 200);
        for (int k = 0; k < i.length; k++) i[k] = k * k - 3;
        l[0] = Long.MIN_VALUE; l[1] = 1L << 50; l[2] = l[0] + l[1];
        f[0] = 1.5f; f[1] = -0f; f[2] = f[0] / 3;
        d[0] = Math.PI; d[1] = -d[0]; d[2] = d[0] * d[1];
        System.out.println(Arrays.toString(z) + " " + Arrays.toString(b) + " " + new String(c) + " " + Arrays.toString(c)
                + " " + Arrays.toString(s));
        System.out.println(Arrays.toString(i) + " " + Arrays.toString(l) + " " + Arrays.toString(f) + " " + Arrays.toString(d));
        int[] copy = Arrays.copyOf(i, 8);
        int[] shorter = Arrays.copyOf(i, 2);
        int[] cl = i.clone();
        cl[0] = 99;
        System.out.println("copyOf " + Arrays.toString(copy) + " " + Arrays.toString(shorter) + " clone " + Arrays.toString(cl) + " orig " + i[0]);
        long[] lf = new long[4];
        Arrays.fill(lf, -7L);
        char[] cf = new char[5];
        Arrays.fill(cf, 'x');
        System.out.println("fill " + Arrays.toString(lf) + " " + new String(cf));
        int[] unsorted = new int[20];
        int seed = 7;
        for (int k = 0; k < unsorted.length; k++) { seed = seed * 1103515245 + 12345; unsorted[k] = (seed >> 16) % 100; }
        System.out.println("unsorted " + Arrays.toString(unsorted));
        Arrays.sort(unsorted);
        System.out.println("sorted   " + Arrays.toString(unsorted));
        int[] big = new int[100000];
        for (int k = 0; k < big.length; k++) big[k] = (k * 7919) % 100003;
        Arrays.sort(big);
        long sum = 0;
        for (int k = 0; k < big.length; k++) sum += (long) big[k] * k;
        System.out.println("big sorted checksum " + sum + " first " + big[0] + " last " + big[big.length - 1]);
        int[] empty = new int[0];
        System.out.println("empty " + Arrays.toString(empty) + " len " + empty.length + " null " + Arrays.toString((int[]) null));
        System.arraycopy(i, 1, i, 2, 3);   // overlapping copy must behave like memmove
        System.out.println("arraycopy overlap " + Arrays.toString(i));
        byte[] bb = new byte[10];
        for (int k = 0; k < 10; k++) bb[k] = (byte) (k * 30);
        System.arraycopy(bb, 0, bb, 5, 5);
        System.out.println("arraycopy bytes " + Arrays.toString(bb));
    }
}
