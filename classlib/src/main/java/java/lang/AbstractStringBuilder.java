package java.lang;

/**
 * The growable char buffer shared by StringBuilder and StringBuffer (package-private, Kiln's own
 * design). Capacity grows as in the JDK (max(needed, 2 * old + 2)) because capacity() is
 * observable; exceptions carry the JDK's messages. reverse() keeps surrogate pairs together.
 */
abstract class AbstractStringBuilder implements Appendable, CharSequence {
    char[] value;
    int count;

    AbstractStringBuilder(int capacity) {
        value = new char[capacity];
    }

    public int length() {
        return count;
    }

    public int capacity() {
        return value.length;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > 0) {
            ensureCapacityInternal(minimumCapacity);
        }
    }

    private void ensureCapacityInternal(int minimumCapacity) {
        int old = value.length;
        if (minimumCapacity - old > 0) {
            int grown = old * 2 + 2;
            int cap = grown - minimumCapacity > 0 && grown > 0 ? grown : minimumCapacity;
            char[] v = new char[cap];
            System.arraycopy(value, 0, v, 0, count);
            value = v;
        }
    }

    /** Room for n more chars; n may overflow int for huge appends. */
    private void reserve(int n) {
        int needed = count + n;
        if (needed < 0) {
            throw new OutOfMemoryError("Requested array size exceeds VM limit");
        }
        ensureCapacityInternal(needed);
    }

    public void trimToSize() {
        if (count < value.length) {
            char[] v = new char[count];
            System.arraycopy(value, 0, v, 0, count);
            value = v;
        }
    }

    public void setLength(int newLength) {
        if (newLength < 0) {
            throw new StringIndexOutOfBoundsException(newLength);
        }
        ensureCapacityInternal(newLength);
        for (int i = count; i < newLength; i++) {
            value[i] = '\0';
        }
        count = newLength;
    }

    public char charAt(int index) {
        String.checkIndex(index, count);
        return value[index];
    }

    public int codePointAt(int index) {
        String.checkIndex(index, count);
        return Character.codePointAt(value, index, count);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        String.checkIndex(i, count);
        return Character.codePointBefore(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > count) {
            throw new IndexOutOfBoundsException("Range [" + beginIndex + ", " + endIndex
                    + ") out of bounds for length " + count);
        }
        return Character.codePointCount(value, beginIndex, endIndex - beginIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > count) {
            throw new IndexOutOfBoundsException();
        }
        return Character.offsetByCodePoints(value, 0, count, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        String.checkBoundsBeginEnd(srcBegin, srcEnd, count);
        int n = srcEnd - srcBegin;
        checkRange(dstBegin, dstBegin + n, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, n);
    }

    public void setCharAt(int index, char ch) {
        String.checkIndex(index, count);
        value[index] = ch;
    }

    // ---- append ----

    public AbstractStringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    public AbstractStringBuilder append(String str) {
        if (str == null) {
            str = "null";
        }
        int n = str.length();
        reserve(n);
        str.getChars(0, n, value, count);
        count += n;
        return this;
    }

    public AbstractStringBuilder append(StringBuffer sb) {
        return append((CharSequence) sb);
    }

    AbstractStringBuilder append(AbstractStringBuilder asb) {
        if (asb == null) {
            return append("null");
        }
        int n = asb.count;
        reserve(n);
        System.arraycopy(asb.value, 0, value, count, n);
        count += n;
        return this;
    }

    public AbstractStringBuilder append(CharSequence s) {
        if (s == null) {
            return append("null");
        }
        if (s instanceof String) {
            return append((String) s);
        }
        if (s instanceof AbstractStringBuilder) {
            return append((AbstractStringBuilder) s);
        }
        return append(s, 0, s.length());
    }

    public AbstractStringBuilder append(CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        checkRange(start, end, s.length());
        int n = end - start;
        reserve(n);
        for (int i = start; i < end; i++) {
            value[count++] = s.charAt(i);
        }
        return this;
    }

    /** IndexOutOfBoundsException("Range [start, end) out of bounds for length n"). */
    private static void checkRange(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new IndexOutOfBoundsException("Range [" + start + ", " + end + ") out of bounds for length " + length);
        }
    }

    public AbstractStringBuilder append(char[] str) {
        int n = str.length;
        reserve(n);
        System.arraycopy(str, 0, value, count, n);
        count += n;
        return this;
    }

    public AbstractStringBuilder append(char[] str, int offset, int len) {
        int end = offset + len;
        checkRange(offset, end, str.length);
        reserve(len);
        System.arraycopy(str, offset, value, count, len);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    public AbstractStringBuilder append(char c) {
        reserve(1);
        value[count++] = c;
        return this;
    }

    public AbstractStringBuilder append(int i) {
        return append(Integer.toString(i));
    }

    public AbstractStringBuilder append(long l) {
        return append(Long.toString(l));
    }

    public AbstractStringBuilder append(float f) {
        return append(Float.toString(f));
    }

    public AbstractStringBuilder append(double d) {
        return append(Double.toString(d));
    }

    public AbstractStringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return append((char) codePoint);
        }
        return append(Character.toChars(codePoint));
    }

    // ---- delete / replace / insert ----

    public AbstractStringBuilder delete(int start, int end) {
        if (end > count) {
            end = count;
        }
        String.checkBoundsBeginEnd(start, end, count);
        int len = end - start;
        if (len > 0) {
            System.arraycopy(value, start + len, value, start, count - end);
            count -= len;
        }
        return this;
    }

    public AbstractStringBuilder deleteCharAt(int index) {
        String.checkIndex(index, count);
        System.arraycopy(value, index + 1, value, index, count - index - 1);
        count--;
        return this;
    }

    public AbstractStringBuilder replace(int start, int end, String str) {
        if (end > count) {
            end = count;
        }
        String.checkBoundsBeginEnd(start, end, count);
        int len = str.length();
        int newCount = count + len - (end - start);
        ensureCapacityInternal(newCount);
        System.arraycopy(value, end, value, start + len, count - end);
        str.getChars(0, len, value, start);
        count = newCount;
        return this;
    }

    /** Opens a gap of n chars at offset (offset already checked). */
    private void openGap(int offset, int n) {
        reserve(n);
        System.arraycopy(value, offset, value, offset + n, count - offset);
        count += n;
    }

    public AbstractStringBuilder insert(int index, char[] str, int offset, int len) {
        String.checkOffset(index, count);
        String.checkBoundsBeginEnd(offset, offset + len, str.length);
        openGap(index, len);
        System.arraycopy(str, offset, value, index, len);
        return this;
    }

    public AbstractStringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public AbstractStringBuilder insert(int offset, String str) {
        String.checkOffset(offset, count);
        if (str == null) {
            str = "null";
        }
        int n = str.length();
        openGap(offset, n);
        str.getChars(0, n, value, offset);
        return this;
    }

    public AbstractStringBuilder insert(int offset, char[] str) {
        String.checkOffset(offset, count);
        int n = str.length;
        openGap(offset, n);
        System.arraycopy(str, 0, value, offset, n);
        return this;
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s) {
        if (s == null) {
            s = "null";
        }
        if (s instanceof String) {
            return insert(dstOffset, (String) s);
        }
        return insert(dstOffset, s, 0, s.length());
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        String.checkOffset(dstOffset, count);
        checkRange(start, end, s.length());
        int n = end - start;
        openGap(dstOffset, n);
        for (int i = start; i < end; i++) {
            value[dstOffset++] = s.charAt(i);
        }
        return this;
    }

    public AbstractStringBuilder insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    public AbstractStringBuilder insert(int offset, char c) {
        String.checkOffset(offset, count);
        openGap(offset, 1);
        value[offset] = c;
        return this;
    }

    public AbstractStringBuilder insert(int offset, int i) {
        return insert(offset, String.valueOf(i));
    }

    public AbstractStringBuilder insert(int offset, long l) {
        return insert(offset, String.valueOf(l));
    }

    public AbstractStringBuilder insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    public AbstractStringBuilder insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    // ---- search ----

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return String.indexOf(value, count, str.toCharArray(), fromIndex);
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, count);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return String.lastIndexOf(value, count, str.toCharArray(), fromIndex);
    }

    // ---- other ----

    /** Reverses the chars, keeping each surrogate pair in order (JDK semantics). */
    public AbstractStringBuilder reverse() {
        char[] v = value;
        int n = count;
        boolean surrogates = false;
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            char a = v[i];
            char b = v[j];
            v[i] = b;
            v[j] = a;
            if (Character.isSurrogate(a) || Character.isSurrogate(b)) {
                surrogates = true;
            }
        }
        if (n % 2 == 1 && Character.isSurrogate(v[n / 2])) {
            surrogates = true;
        }
        if (surrogates) {
            // A pair "high low" is now "low high": swap those back.
            for (int i = 0; i < n - 1; i++) {
                char lo = v[i];
                if (Character.isLowSurrogate(lo) && Character.isHighSurrogate(v[i + 1])) {
                    v[i] = v[i + 1];
                    v[i + 1] = lo;
                    i++;
                }
            }
        }
        return this;
    }

    public AbstractStringBuilder repeat(int codePoint, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (!Character.isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException("Not a valid Unicode code point: 0x"
                    + Integer.toHexString(codePoint).toUpperCase());
        }
        char[] cs = Character.toChars(codePoint);
        long total = (long) count * cs.length;
        if (total + this.count > Integer.MAX_VALUE) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        reserve((int) total);
        for (int i = 0; i < count; i++) {
            for (char c : cs) {
                value[this.count++] = c;
            }
        }
        return this;
    }

    public AbstractStringBuilder repeat(CharSequence cs, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (cs == null) {
            cs = "null";
        }
        String s = cs.toString();
        long total = (long) count * s.length();
        if (total + this.count > Integer.MAX_VALUE) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        reserve((int) total);
        for (int i = 0; i < count; i++) {
            append(s);
        }
        return this;
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    public String substring(int start, int end) {
        String.checkBoundsBeginEnd(start, end, count);
        return new String(value, start, end - start);
    }

    int compareTo(AbstractStringBuilder another) {
        int n = Math.min(count, another.count);
        for (int i = 0; i < n; i++) {
            if (value[i] != another.value[i]) {
                return value[i] - another.value[i];
            }
        }
        return count - another.count;
    }

    public abstract String toString();
}
