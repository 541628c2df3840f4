/** Instance and static fields of every type: defaults, getfield/putfield/getstatic/putstatic, hiding, constants. */
public class Main {
    static boolean sz; static byte sb; static char sc; static short ss; static int si; static long sl;
    static float sf; static double sd; static Object so;
    boolean z; byte b; char c; short s; int i; long l; float f; double d; String str;
    static final int CONST = 7 * 6;
    static final String SCONST = "const" + CONST;
    static int counter;
    final int id = ++counter;

    static class Base { int x = 1; static String who = "Base"; int getX() { return x; } }
    static class Derived extends Base { int x = 2; static String who = "Derived"; int superX() { return super.x; } }

    public static void main(String[] args) {
        System.out.println("static defaults: " + sz + " " + sb + " " + (int) sc + " " + ss + " " + si + " " + sl + " " + sf + " " + sd + " " + so);
        Main m = new Main();
        System.out.println("instance defaults: " + m.z + " " + m.b + " " + (int) m.c + " " + m.s + " " + m.i + " " + m.l + " " + m.f + " " + m.d + " " + m.str);
        m.z = true; m.b = -5; m.c = 'q'; m.s = -12345; m.i = 1 << 30; m.l = -1L >>> 1; m.f = 2.5f; m.d = -1e-9; m.str = "field";
        System.out.println("instance set: " + m.z + " " + m.b + " " + m.c + " " + m.s + " " + m.i + " " + m.l + " " + m.f + " " + m.d + " " + m.str);
        sz = true; sb = 99; sc = '#'; ss = 7; si = -1; sl = 1L << 63; sf = 1e-3f; sd = 12.75; so = "obj";
        System.out.println("static set: " + sz + " " + sb + " " + sc + " " + ss + " " + si + " " + sl + " " + sf + " " + sd + " " + so);
        System.out.println("constants: " + CONST + " " + SCONST);
        Main m2 = new Main(), m3 = new Main();
        System.out.println("ids: " + m.id + " " + m2.id + " " + m3.id + " counter " + counter);
        Derived dv = new Derived();
        Base asBase = dv;
        System.out.println("hiding: " + dv.x + " " + asBase.x + " " + dv.getX() + " " + dv.superX() + " " + Derived.who + " " + Base.who);
        m.i += 5; m.l *= 3; m.d /= 2; m.c++; m.b <<= 1; m.s >>= 2;
        si++; sl--; sd *= -1;
        System.out.println("compound: " + m.i + " " + m.l + " " + m.d + " " + m.c + " " + m.b + " " + m.s + " " + si + " " + sl + " " + sd);
        Main[] many = new Main[100];
        long sum = 0;
        for (int k = 0; k < many.length; k++) { many[k] = new Main(); many[k].l = k * (long) k; many[k].i = -k; }
        for (Main x : many) sum += x.l + x.i + x.id;
        System.out.println("sum = " + sum);
        Main nul = null;
        try { nul.i = 3; } catch (NullPointerException e) { System.out.println("putfield on null: " + e.getClass().getSimpleName()); }
        try { System.out.println(nul.str); } catch (NullPointerException e) { System.out.println("getfield on null: " + e.getClass().getSimpleName()); }
    }
}
