package java.nio;

import java.util.Objects;

/**
 * A byte buffer, as the JDK's: relative and absolute get/put of every primitive type in either byte
 * order, bulk transfers, slices, duplicates and read-only views, and equals/compareTo/hashCode/
 * toString over the remaining bytes.
 *
 * <p>Every Kiln buffer is backed by a Java array, direct ones too: Kiln's garbage collector never
 * moves objects, so an array already has the fixed address a device or the network stack needs,
 * and {@link #allocateDirect} needs no memory outside the heap. A direct buffer still behaves as
 * the JDK's does to the program (isDirect() is true, hasArray() is false, array() throws
 * UnsupportedOperationException), and prints as {@code java.nio.DirectByteBuffer}.
 *
 * <p>The implementation classes have the JDK's names (HeapByteBuffer, HeapByteBufferR,
 * DirectByteBuffer, DirectByteBufferR), so getClass() and toString() print the same; all the work
 * is done here, on {@link #hb} from {@link #offset}.
 */
public abstract class ByteBuffer extends Buffer implements Comparable<ByteBuffer> {
    final byte[] hb;
    final int offset;
    private boolean bigEndian = true;

    ByteBuffer(int mark, int pos, int lim, int cap, byte[] hb, int offset) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.offset = offset;
    }

    /** A buffer of the same kind (heap or direct) over {@link #hb}; byte order big-endian. */
    abstract ByteBuffer derive(int mark, int pos, int lim, int cap, int offset, boolean readOnly);

    public static ByteBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new HeapByteBuffer(-1, 0, capacity, capacity, new byte[capacity], 0);
    }

    /** A direct buffer: in Kiln, an array that never moves (see the class comment). */
    public static ByteBuffer allocateDirect(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new DirectByteBuffer(-1, 0, capacity, capacity, new byte[capacity], 0);
    }

    public static ByteBuffer wrap(byte[] array, int offset, int length) {
        Objects.requireNonNull(array);
        if ((offset | length) < 0 || length > array.length - offset) {
            throw new IndexOutOfBoundsException();
        }
        return new HeapByteBuffer(-1, offset, offset + length, array.length, array, 0);
    }

    public static ByteBuffer wrap(byte[] array) {
        return wrap(array, 0, array.length);
    }

    // ---- views ----

    @Override
    public ByteBuffer slice() {
        int pos = position(), lim = limit();
        int rem = pos <= lim ? lim - pos : 0;
        return derive(-1, 0, rem, rem, offset + pos, isReadOnly());
    }

    @Override
    public ByteBuffer slice(int index, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        return derive(-1, 0, length, length, offset + index, isReadOnly());
    }

    @Override
    public ByteBuffer duplicate() {
        return derive(markValue(), position(), limit(), capacity(), offset, isReadOnly());
    }

    public ByteBuffer asReadOnlyBuffer() {
        return derive(markValue(), position(), limit(), capacity(), offset, true);
    }

    // ---- single bytes ----

    public byte get() {
        return hb[offset + nextGetIndex(1)];
    }

    public ByteBuffer put(byte b) {
        writable();
        hb[offset + nextPutIndex(1)] = b;
        return this;
    }

    public byte get(int index) {
        return hb[offset + checkIndex(index, 1)];
    }

    public ByteBuffer put(int index, byte b) {
        writable();
        hb[offset + checkIndex(index, 1)] = b;
        return this;
    }

    // ---- bulk transfers ----

    public ByteBuffer get(byte[] dst, int off, int length) {
        Objects.checkFromIndexSize(off, length, dst.length);
        if (length > remaining()) {
            throw new BufferUnderflowException();
        }
        System.arraycopy(hb, offset + nextGetIndex(length), dst, off, length);
        return this;
    }

    public ByteBuffer get(byte[] dst) {
        return get(dst, 0, dst.length);
    }

    public ByteBuffer get(int index, byte[] dst, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, dst.length);
        System.arraycopy(hb, offset + index, dst, off, length);
        return this;
    }

    public ByteBuffer get(int index, byte[] dst) {
        return get(index, dst, 0, dst.length);
    }

    public ByteBuffer put(ByteBuffer src) {
        if (src == this) {
            throw new IllegalArgumentException("The source buffer is this buffer");
        }
        writable();
        int n = src.remaining();
        if (n > remaining()) {
            throw new BufferOverflowException();
        }
        System.arraycopy(src.hb, src.offset + src.position(), hb, offset + position(), n);
        src.position(src.position() + n);
        position(position() + n);
        return this;
    }

    public ByteBuffer put(int index, ByteBuffer src, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.limit());
        writable();
        System.arraycopy(src.hb, src.offset + off, hb, offset + index, length);
        return this;
    }

    public ByteBuffer put(byte[] src, int off, int length) {
        writable();
        Objects.checkFromIndexSize(off, length, src.length);
        if (length > remaining()) {
            throw new BufferOverflowException();
        }
        System.arraycopy(src, off, hb, offset + nextPutIndex(length), length);
        return this;
    }

    public final ByteBuffer put(byte[] src) {
        return put(src, 0, src.length);
    }

    public ByteBuffer put(int index, byte[] src, int off, int length) {
        writable();
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.length);
        System.arraycopy(src, off, hb, offset + index, length);
        return this;
    }

    public ByteBuffer put(int index, byte[] src) {
        return put(index, src, 0, src.length);
    }

    public ByteBuffer compact() {
        writable();
        int pos = position(), rem = remaining();
        System.arraycopy(hb, offset + pos, hb, offset, rem);
        position(rem);
        limit(capacity());
        discardMark();
        return this;
    }

    // ---- the backing array ----

    @Override
    public final boolean hasArray() {
        return !isDirect() && !isReadOnly();
    }

    @Override
    public final byte[] array() {
        if (isDirect()) {
            throw new UnsupportedOperationException();
        }
        writable();
        return hb;
    }

    @Override
    public final int arrayOffset() {
        if (isDirect()) {
            throw new UnsupportedOperationException();
        }
        writable();
        return offset;
    }

    // ---- Buffer's methods with this type ----

    @Override
    public ByteBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public ByteBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public ByteBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public ByteBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public ByteBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public ByteBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public ByteBuffer rewind() {
        super.rewind();
        return this;
    }

    // ---- comparison ----

    /** The JDK's: 31-based over the remaining bytes, from the last to the first. */
    @Override
    public int hashCode() {
        int h = 1;
        int p = position();
        for (int i = limit() - 1; i >= p; i--) {
            h = 31 * h + get(i);
        }
        return h;
    }

    @Override
    public boolean equals(Object ob) {
        if (this == ob) {
            return true;
        }
        if (!(ob instanceof ByteBuffer that)) {
            return false;
        }
        return remaining() == that.remaining() && mismatch(that) < 0;
    }

    @Override
    public int compareTo(ByteBuffer that) {
        int i = mismatch(that);
        int n = Math.min(remaining(), that.remaining());
        if (i >= 0 && i < n) {
            return Byte.compare(get(position() + i), that.get(that.position() + i));
        }
        return remaining() - that.remaining();
    }

    /** The index (relative to the positions) of the first differing byte, or -1 if the remainders are equal. */
    public int mismatch(ByteBuffer that) {
        int n = Math.min(remaining(), that.remaining());
        int a = offset + position(), b = that.offset + that.position();
        for (int i = 0; i < n; i++) {
            if (hb[a + i] != that.hb[b + i]) {
                return i;
            }
        }
        return remaining() == that.remaining() ? -1 : n;
    }

    @Override
    public String toString() {
        return getClass().getName() + "[pos=" + position() + " lim=" + limit() + " cap=" + capacity() + "]";
    }

    // ---- byte order and multi-byte values ----

    public final ByteOrder order() {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    public final ByteBuffer order(ByteOrder bo) {
        bigEndian = bo == ByteOrder.BIG_ENDIAN;
        return this;
    }

    /** {@code n} bytes at absolute array index {@code at} as one value in this buffer's order. */
    private long load(int at, int n) {
        long v = 0;
        if (bigEndian) {
            for (int i = 0; i < n; i++) {
                v = (v << 8) | (hb[at + i] & 0xff);
            }
        } else {
            for (int i = n - 1; i >= 0; i--) {
                v = (v << 8) | (hb[at + i] & 0xff);
            }
        }
        return v;
    }

    private void store(int at, int n, long v) {
        if (bigEndian) {
            for (int i = n - 1; i >= 0; i--, v >>>= 8) {
                hb[at + i] = (byte) v;
            }
        } else {
            for (int i = 0; i < n; i++, v >>>= 8) {
                hb[at + i] = (byte) v;
            }
        }
    }

    private long getRelative(int n) {
        return load(offset + nextGetIndex(n), n);
    }

    private long getAbsolute(int index, int n) {
        return load(offset + checkIndex(index, n), n);
    }

    private ByteBuffer putRelative(int n, long v) {
        writable();
        store(offset + nextPutIndex(n), n, v);
        return this;
    }

    private ByteBuffer putAbsolute(int index, int n, long v) {
        writable();
        store(offset + checkIndex(index, n), n, v);
        return this;
    }

    public char getChar() {
        return (char) getRelative(2);
    }

    public ByteBuffer putChar(char value) {
        return putRelative(2, value);
    }

    public char getChar(int index) {
        return (char) getAbsolute(index, 2);
    }

    public ByteBuffer putChar(int index, char value) {
        return putAbsolute(index, 2, value);
    }

    public short getShort() {
        return (short) getRelative(2);
    }

    public ByteBuffer putShort(short value) {
        return putRelative(2, value);
    }

    public short getShort(int index) {
        return (short) getAbsolute(index, 2);
    }

    public ByteBuffer putShort(int index, short value) {
        return putAbsolute(index, 2, value);
    }

    public int getInt() {
        return (int) getRelative(4);
    }

    public ByteBuffer putInt(int value) {
        return putRelative(4, value);
    }

    public int getInt(int index) {
        return (int) getAbsolute(index, 4);
    }

    public ByteBuffer putInt(int index, int value) {
        return putAbsolute(index, 4, value);
    }

    public long getLong() {
        return getRelative(8);
    }

    public ByteBuffer putLong(long value) {
        return putRelative(8, value);
    }

    public long getLong(int index) {
        return getAbsolute(index, 8);
    }

    public ByteBuffer putLong(int index, long value) {
        return putAbsolute(index, 8, value);
    }

    public float getFloat() {
        return Float.intBitsToFloat((int) getRelative(4));
    }

    public ByteBuffer putFloat(float value) {
        return putRelative(4, Float.floatToRawIntBits(value));
    }

    public float getFloat(int index) {
        return Float.intBitsToFloat((int) getAbsolute(index, 4));
    }

    public ByteBuffer putFloat(int index, float value) {
        return putAbsolute(index, 4, Float.floatToRawIntBits(value));
    }

    public double getDouble() {
        return Double.longBitsToDouble(getRelative(8));
    }

    public ByteBuffer putDouble(double value) {
        return putRelative(8, Double.doubleToRawLongBits(value));
    }

    public double getDouble(int index) {
        return Double.longBitsToDouble(getAbsolute(index, 8));
    }

    public ByteBuffer putDouble(int index, double value) {
        return putAbsolute(index, 8, Double.doubleToRawLongBits(value));
    }

    private void writable() {
        if (isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
    }
}
