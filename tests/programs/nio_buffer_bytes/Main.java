import java.nio.*;
import java.util.Arrays;

/** java.nio.ByteBuffer: heap, direct and read-only buffers, every primitive in both orders, views, errors. */
public class Main {
    interface Step {
        Object run() throws Exception;
    }

    static void show(String what, Step s) {
        try {
            System.out.println(what + ": " + s.run());
        } catch (Exception e) {
            System.out.println(what + ": " + e);
        }
    }

    static String bytes(ByteBuffer b) {
        StringBuilder sb = new StringBuilder();
        for (int i = b.position(); i < b.limit(); i++) {
            sb.append(String.format("%02x", b.get(i)));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        for (ByteBuffer b : new ByteBuffer[] {ByteBuffer.allocate(64), ByteBuffer.allocateDirect(64)}) {
            System.out.println(b + " direct=" + b.isDirect() + " hasArray=" + b.hasArray() + " ro=" + b.isReadOnly() + " order=" + b.order());
            for (ByteOrder o : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
                b.clear();
                b.order(o);
                b.put((byte) -7).putChar('\u20ac').putShort((short) -12345).putInt(0x12345678).putLong(0x0102030405060708L)
                        .putFloat(1.5f).putDouble(-Math.PI).putFloat(Float.NaN).putDouble(Double.NEGATIVE_INFINITY);
                System.out.println(o + " after puts: " + b);
                b.flip();
                System.out.println("  bytes " + bytes(b));
                System.out.println("  read " + b.get() + " " + (int) b.getChar() + " " + b.getShort() + " " + Integer.toHexString(b.getInt())
                        + " " + Long.toHexString(b.getLong()) + " " + b.getFloat() + " " + b.getDouble() + " " + b.getFloat() + " " + b.getDouble()
                        + " remaining " + b.remaining());
                System.out.println("  absolute " + b.getInt(3) + " " + b.getShort(1) + " " + b.getLong(7) + " " + b.getDouble(19) + " " + b.getChar(1));
                b.putInt(3, -1).putLong(7, Long.MIN_VALUE).putChar(1, 'z').putShort(5, (short) 7).putFloat(15, -0.0f).putDouble(19, 1e300);
                System.out.println("  absolute puts " + bytes(b.duplicate().rewind()));
            }
        }

        // position, limit, mark, flip, rewind, compact
        ByteBuffer b = ByteBuffer.allocate(10);
        b.put(new byte[] {1, 2, 3, 4, 5, 6});
        b.flip();
        System.out.println("flipped " + b + " remaining " + b.remaining() + " hasRemaining " + b.hasRemaining());
        b.get();
        b.mark();
        b.get();
        b.get();
        b.reset();
        System.out.println("reset to " + b.position());
        b.compact();
        System.out.println("compacted " + b + " " + Arrays.toString(Arrays.copyOf(b.array(), 6)));
        b.rewind();
        System.out.println("rewound " + b);
        b.limit(3);
        b.position(3);
        System.out.println("limit/position " + b + " hasRemaining " + b.hasRemaining());
        b.clear();
        System.out.println("cleared " + b);

        // bulk transfers, slices, duplicates, read-only views share content
        byte[] data = new byte[20];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 11);
        }
        ByteBuffer w = ByteBuffer.wrap(data, 4, 10);
        System.out.println("wrapped " + w + " arrayOffset " + w.arrayOffset());
        ByteBuffer s = w.slice();
        System.out.println("slice " + s + " arrayOffset " + s.arrayOffset() + " first " + s.get(0));
        s.put(0, (byte) 99);
        System.out.println("slice writes through: " + data[4]);
        ByteBuffer s2 = w.slice(2, 3);
        System.out.println("slice(2,3) " + s2 + " " + bytes(s2));
        w.order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer d = w.duplicate();
        System.out.println("duplicate " + d + " order " + d.order() + " same " + (d == w) + " equal " + d.equals(w));
        ByteBuffer r = w.asReadOnlyBuffer();
        System.out.println("read-only " + r + " hasArray " + r.hasArray() + " equal " + r.equals(w) + " " + r.getClass().getName());
        byte[] dst = new byte[4];
        w.get(dst);
        System.out.println("bulk get " + Arrays.toString(dst) + " now " + w);
        w.get(5, dst, 1, 2);
        System.out.println("absolute bulk get " + Arrays.toString(dst));
        ByteBuffer target = ByteBuffer.allocateDirect(16);
        target.put(w);
        System.out.println("put(buffer) " + target + " source " + w);
        target.put(0, new byte[] {9, 8, 7}).put(3, ByteBuffer.wrap(new byte[] {6, 5, 4, 3}), 1, 2);
        target.flip();
        System.out.println("direct content " + bytes(target) + " ro direct " + target.asReadOnlyBuffer());

        // equals, compareTo, hashCode, mismatch
        ByteBuffer x = ByteBuffer.wrap(new byte[] {1, 2, 3, -1});
        ByteBuffer y = ByteBuffer.allocateDirect(4).put(new byte[] {1, 2, 3, 4}).flip();
        ByteBuffer z = ByteBuffer.wrap(new byte[] {0, 1, 2, 3, -1}, 1, 4);
        System.out.println("equals " + x.equals(y) + " " + x.equals(z) + " " + x.equals("x") + " compare " + x.compareTo(y) + " " + y.compareTo(x)
                + " " + x.compareTo(z) + " mismatch " + x.mismatch(y) + " " + x.mismatch(z));
        System.out.println("hash " + x.hashCode() + " " + y.hashCode() + " " + z.hashCode() + " " + ByteBuffer.allocate(0).hashCode());
        ByteBuffer shorter = ByteBuffer.wrap(new byte[] {1, 2});
        System.out.println("prefix compare " + shorter.compareTo(x) + " " + x.compareTo(shorter) + " mismatch " + shorter.mismatch(x));
        System.out.println("native order " + ByteOrder.nativeOrder());

        // errors
        ByteBuffer e = ByteBuffer.allocate(8);
        show("position past limit", () -> e.limit(4).position(5));
        show("negative position", () -> e.position(-1));
        show("limit past capacity", () -> e.limit(9));
        show("negative limit", () -> e.limit(-1));
        show("negative capacity", () -> ByteBuffer.allocate(-1));
        show("negative direct capacity", () -> ByteBuffer.allocateDirect(-3));
        show("get(9)", () -> e.clear().get(9));
        show("getInt(6)", () -> e.getInt(6));
        show("getLong(-1)", () -> e.getLong(-1));
        show("underflow", () -> e.position(8).get());
        show("getInt underflow", () -> e.clear().position(6).getInt());
        show("putLong overflow", () -> e.clear().position(1).putLong(1));
        show("reset without mark", () -> e.clear().reset());
        show("mark discarded", () -> {
            e.position(5).mark();
            e.position(2);
            return e.reset();
        });
        show("wrap bad range", () -> ByteBuffer.wrap(new byte[4], 3, 2));
        show("slice bad range", () -> e.clear().slice(3, 6));
        show("bulk get bad range", () -> e.get(new byte[4], 2, 3));
        show("bulk get underflow", () -> e.position(6).get(new byte[4], 0, 3));
        show("bulk put overflow", () -> e.clear().position(7).put(new byte[2]));
        show("absolute bulk put", () -> e.clear().put(7, new byte[2], 0, 2));
        show("put itself", () -> e.put(e));
        show("put too much", () -> ByteBuffer.allocate(1).put(ByteBuffer.allocate(2)));
        ByteBuffer ro = e.asReadOnlyBuffer();
        show("read-only put", () -> ro.put((byte) 1));
        show("read-only putInt", () -> ro.putInt(0, 1));
        show("read-only array", () -> ro.array());
        show("read-only compact", () -> ro.compact());
        show("read-only put buffer", () -> ro.put(ByteBuffer.allocate(0)));
        show("direct array", () -> ByteBuffer.allocateDirect(4).array());
        show("direct arrayOffset", () -> ByteBuffer.allocateDirect(4).arrayOffset());
        show("read-only get works", () -> ro.get(3));
    }
}
