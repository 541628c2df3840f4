import java.util.*;

public class Main {
    static void show(String label, BitSet b) {
        System.out.println(label + " " + b + " len=" + b.length() + " size=" + b.size() + " card=" + b.cardinality()
                + " empty=" + b.isEmpty() + " hash=" + b.hashCode() + " longs=" + Arrays.toString(b.toLongArray())
                + " bytes=" + Arrays.toString(b.toByteArray()));
    }

    static void expect(Runnable r) {
        try {
            r.run();
            System.out.println("no exception");
        } catch (RuntimeException e) {
            System.out.println(e);
        }
    }

    public static void main(String[] args) {
        BitSet a = new BitSet();
        show("empty", a);
        a.set(1);
        a.set(3);
        show("a", a);
        a.set(64);
        show("a64", a);
        a.set(200);
        show("a200", a);
        a.clear(200);
        show("clear200", a);
        a.set(10, 75);
        show("range", a);
        a.clear(20, 300);
        show("clearRange", a);
        a.flip(0, 130);
        show("flip", a);
        a.flip(129);
        a.flip(5);
        show("flip1", a);
        a.set(7, false);
        a.set(300, true);
        a.set(100, 110, false);
        a.set(140, 141, true);
        show("setbool", a);
        BitSet g = a.get(3, 150);
        show("get", g);
        show("get empty", a.get(400, 500));
        show("get same", a.get(5, 5));
        System.out.println(a.get(3) + " " + a.get(7) + " " + a.get(10000));

        for (int from : new int[] {0, 1, 5, 63, 64, 65, 128, 129, 140, 299, 300, 301, 1000}) {
            System.out.println(from + ": next=" + a.nextSetBit(from) + " nextClear=" + a.nextClearBit(from)
                    + " prev=" + a.previousSetBit(from) + " prevClear=" + a.previousClearBit(from));
        }
        System.out.println(a.previousSetBit(-1) + " " + a.previousClearBit(-1));

        BitSet x = new BitSet(10), y = new BitSet(500);
        show("x", x);
        show("y", y);
        for (int i = 0; i < 300; i += 3) x.set(i);
        for (int i = 0; i < 450; i += 5) y.set(i);
        BitSet t;
        t = (BitSet) x.clone(); t.and(y); show("and", t);
        t = (BitSet) x.clone(); t.or(y); show("or", t);
        t = (BitSet) x.clone(); t.xor(y); show("xor", t);
        t = (BitSet) x.clone(); t.andNot(y); show("andNot", t);
        t = (BitSet) y.clone(); t.and(x); show("and2", t);
        t = (BitSet) y.clone(); t.xor(y); show("xorSelfCopy", t);
        t = new BitSet(); t.or(x); show("orIntoEmpty", t);
        t.xor(t); show("xorSelf", t);
        System.out.println(x.intersects(y) + " " + x.intersects(new BitSet()) + " " + x.equals(y) + " " + x.equals(x.clone()));
        BitSet grow = new BitSet();
        for (int i = 0; i < 1000; i += 97) {
            grow.set(i);
            System.out.print(grow.size() + " ");
        }
        System.out.println();
        BitSet c = new BitSet();
        c.set(500);
        c.clear(500);
        show("before clone", c);
        BitSet cc = (BitSet) c.clone();
        show("after clone orig", c);
        show("clone", cc);
        c.clear();
        show("cleared", c);

        show("valueOf longs", BitSet.valueOf(new long[] {5, 0, -1, 0, 0}));
        show("valueOf longs0", BitSet.valueOf(new long[] {0, 0}));
        show("valueOf bytes", BitSet.valueOf(new byte[] {1, 2, (byte) 0x80, 0, 0, 0, 0, 0, 0, 7, 0, 0}));
        BitSet big = new BitSet();
        big.set(99997, 100000);
        System.out.println(big.cardinality() + " " + big.length() + " " + big.nextSetBit(5) + " " + big.previousSetBit(1 << 20));
        BitSet m = new BitSet();
        m.set(123456);
        System.out.println(m + " " + m.length());

        expect(() -> new BitSet(-1));
        expect(() -> new BitSet().set(-1));
        expect(() -> new BitSet().get(-5));
        expect(() -> new BitSet().clear(-2));
        expect(() -> new BitSet().flip(-3));
        expect(() -> new BitSet().set(-1, 3));
        expect(() -> new BitSet().set(1, -3));
        expect(() -> new BitSet().set(5, 3));
        expect(() -> new BitSet().clear(5, 3));
        expect(() -> new BitSet().flip(5, 3));
        expect(() -> new BitSet().get(5, 3));
        expect(() -> new BitSet().nextSetBit(-1));
        expect(() -> new BitSet().nextClearBit(-1));
        expect(() -> new BitSet().previousSetBit(-2));
        expect(() -> new BitSet().previousClearBit(-2));
        Set<BitSet> hs = new HashSet<>();
        hs.add(x);
        System.out.println(hs.contains(x.clone()) + " " + x.equals("x") + " " + new BitSet(1000).equals(new BitSet()));
    }
}
