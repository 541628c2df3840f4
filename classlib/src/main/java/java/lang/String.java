package java.lang;

import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.Comparator;
import java.util.Iterator;

/**
 * Immutable UTF-16 text. The layout is fixed by the compiler, which emits string literals as static
 * objects: exactly the fields {@code char[] value} and {@code int hash} (0 = not computed yet).
 *
 * Provided: constructors from chars, code points and bytes (UTF-8, ISO-8859-1, US-ASCII), the
 * searching, comparing, slicing, case mapping (full Unicode, including the one-to-many mappings
 * such as "ß" -> "SS" and the Greek final sigma), trimming/stripping, join, repeat, valueOf,
 * getBytes, intern and CASE_INSENSITIVE_ORDER.
 * format/formatted (java.util.Formatter; format(Locale, ...) for the root locale and English only),
 * toLowerCase/toUpperCase(Locale) except the Turkish, Azeri and Lithuanian rules.
 * Regular expressions (matches, split, replaceAll, replaceFirst) delegate to java.util.regex.Pattern;
 * split on a single literal character takes a fast path with the same results.
 * Not provided: splitWithDelimiters, streams other than chars() (codePoints, lines), indent, stripIndent, translateEscapes,
 * describeConstable.
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    private final char[] value;
    private int hash;

    private static final char[] EMPTY = new char[0];

    public String() {
        this.value = EMPTY;
    }

    public String(String original) {
        this.value = original.value;
        this.hash = original.hash;
    }

    public String(char[] value) {
        this.value = copy(value, 0, value.length);
    }

    public String(char[] value, int offset, int count) {
        checkBoundsOffCount(offset, count, value.length);
        this.value = copy(value, offset, count);
    }

    public String(int[] codePoints, int offset, int count) {
        checkBoundsOffCount(offset, count, codePoints.length);
        int n = 0;
        for (int i = offset; i < offset + count; i++) {
            int cp = codePoints[i];
            if (cp >= 0 && cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                n++;
            } else if (cp >= 0 && cp <= Character.MAX_CODE_POINT) {
                n += 2;
            } else {
                throw new IllegalArgumentException(Integer.toString(cp));
            }
        }
        char[] v = new char[n];
        int j = 0;
        for (int i = offset; i < offset + count; i++) {
            j += Character.toChars(codePoints[i], v, j);
        }
        this.value = v;
    }

    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte, int offset, int count) {
        checkBoundsOffCount(offset, count, ascii.length);
        char[] v = new char[count];
        int hi = (hibyte & 0xff) << 8;
        for (int i = 0; i < count; i++) {
            v[i] = (char) (hi | (ascii[offset + i] & 0xff));
        }
        this.value = v;
    }

    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte) {
        this(ascii, hibyte, 0, ascii.length);
    }

    public String(byte[] bytes, int offset, int length, String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = decode(encodingOf(charsetName), bytes, offset, length);
    }

    public String(byte[] bytes, int offset, int length, Charset charset) {
        if (charset == null) {
            throw new NullPointerException("charset");
        }
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = decode(encodingOf(charset), bytes, offset, length);
    }

    public String(byte[] bytes, String charsetName) throws UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetName);
    }

    public String(byte[] bytes, Charset charset) {
        this(bytes, 0, bytes.length, charset);
    }

    /** Decodes UTF-8 (the default charset of a Kiln image). */
    public String(byte[] bytes, int offset, int length) {
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = decode(UTF_8, bytes, offset, length);
    }

    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(StringBuffer buffer) {
        this.value = buffer.toString().value;
    }

    public String(StringBuilder builder) {
        this.value = builder.toString().value;
    }

    /** Takes ownership of v without copying (v must not be changed afterwards). */
    private String(char[] v, boolean unused) {
        this.value = v;
    }

    private static char[] copy(char[] src, int off, int n) {
        char[] v = new char[n];
        System.arraycopy(src, off, v, 0, n);
        return v;
    }

    // ---- bounds checks with the JDK's messages ----

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
        }
    }

    static void checkOffset(int offset, int length) {
        if (offset < 0 || offset > length) {
            throw new StringIndexOutOfBoundsException("Range [" + offset + ", " + length
                    + ") out of bounds for length " + length);
        }
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException("Range [" + begin + ", " + end
                    + ") out of bounds for length " + length);
        }
    }

    static void checkBoundsOffCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException("Range [" + offset + ", " + offset + " + " + count
                    + ") out of bounds for length " + length);
        }
    }

    // ---- basic access ----

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        checkIndex(index, value.length);
        return value[index];
    }

    public int codePointAt(int index) {
        checkIndex(index, value.length);
        return Character.codePointAt(value, index, value.length);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        checkIndex(i, value.length);
        return Character.codePointBefore(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length) {
            throw new IndexOutOfBoundsException("Range [" + beginIndex + ", " + endIndex
                    + ") out of bounds for length " + value.length);
        }
        return Character.codePointCount(value, beginIndex, endIndex - beginIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    @Deprecated(since = "1.1")
    public void getBytes(int srcBegin, int srcEnd, byte[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        for (int i = srcBegin; i < srcEnd; i++) {
            dst[dstBegin++] = (byte) value[i];
        }
    }

    public char[] toCharArray() {
        return copy(value, 0, value.length);
    }

    public String toString() {
        return this;
    }

    // ---- charsets ----

    private static final int UTF_8 = 0;
    private static final int ISO_8859_1 = 1;
    private static final int US_ASCII = 2;

    private static int encodingOf(Charset cs) {
        String name = cs.name();
        if (name.equals("UTF-8")) {
            return UTF_8;
        }
        if (name.equals("ISO-8859-1")) {
            return ISO_8859_1;
        }
        if (name.equals("US-ASCII")) {
            return US_ASCII;
        }
        throw new IllegalArgumentException("unsupported charset " + name);
    }

    private static int encodingOf(String charsetName) throws UnsupportedEncodingException {
        if (Charset.isSupported(charsetName)) {
            return encodingOf(Charset.forName(charsetName));
        }
        throw new UnsupportedEncodingException(charsetName);
    }

    private static char[] decode(int enc, byte[] b, int off, int len) {
        if (enc != UTF_8) {
            char[] v = new char[len];
            for (int i = 0; i < len; i++) {
                int x = b[off + i];
                v[i] = enc == ISO_8859_1 ? (char) (x & 0xff) : x >= 0 ? (char) x : '\uFFFD';
            }
            return v;
        }
        char[] v = new char[len];
        int n = 0;
        int i = off;
        int end = off + len;
        while (i < end) {
            int b0 = b[i] & 0xff;
            if (b0 < 0x80) {
                v[n++] = (char) b0;
                i++;
                continue;
            }
            // Length of the sequence and the allowed range of its second byte (Unicode Table 3-7).
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (b0 >= 0xC2 && b0 <= 0xDF) {
                need = 1;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                need = 2;
                if (b0 == 0xE0) {
                    lo = 0xA0;
                }
                // ED A0..BF xx encodes a surrogate: the JDK takes it as one malformed sequence (below).
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                need = 3;
                if (b0 == 0xF0) {
                    lo = 0x90;
                } else if (b0 == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                v[n++] = '\uFFFD';
                i++;
                continue;
            }
            // Accept the longest well-formed prefix; an ill-formed sequence becomes one U+FFFD.
            int cp = b0 & (0x3F >> need);
            int j = 1;
            boolean ok = true;
            for (; j <= need; j++) {
                if (i + j >= end) {
                    ok = false;
                    break;
                }
                int bj = b[i + j] & 0xff;
                if (j == 1 ? (bj < lo || bj > hi) : (bj < 0x80 || bj > 0xBF)) {
                    ok = false;
                    break;
                }
                cp = cp << 6 | (bj & 0x3F);
            }
            if (!ok) {
                v[n++] = '\uFFFD';
                i += j;
                continue;
            }
            i += need + 1;
            if (Character.isSurrogate((char) cp) && need == 2) {
                v[n++] = '\uFFFD';
            } else if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                v[n++] = (char) cp;
            } else {
                v[n++] = Character.highSurrogate(cp);
                v[n++] = Character.lowSurrogate(cp);
            }
        }
        return n == len ? v : copy(v, 0, n);
    }

    private byte[] encode(int enc) {
        char[] v = value;
        int n = v.length;
        if (enc != UTF_8) {
            int limit = enc == ISO_8859_1 ? 0xFF : 0x7F;
            byte[] out = new byte[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                char c = v[i];
                if (c <= limit) {
                    out[k++] = (byte) c;
                } else {
                    out[k++] = '?';
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(v[i + 1])) {
                        i++; // a supplementary character is one unmappable character
                    }
                }
            }
            return k == n ? out : java.util.Arrays.copyOf(out, k);
        }
        int size = 0;
        for (int i = 0; i < n; i++) {
            char c = v[i];
            if (c < 0x80) {
                size++;
            } else if (c < 0x800) {
                size += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(v[i + 1])) {
                size += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                size++;
            } else {
                size += 3;
            }
        }
        byte[] out = new byte[size];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = v[i];
            if (c < 0x80) {
                out[k++] = (byte) c;
            } else if (c < 0x800) {
                out[k++] = (byte) (0xC0 | c >> 6);
                out[k++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(v[i + 1])) {
                int cp = Character.toCodePoint(c, v[++i]);
                out[k++] = (byte) (0xF0 | cp >> 18);
                out[k++] = (byte) (0x80 | (cp >> 12 & 0x3F));
                out[k++] = (byte) (0x80 | (cp >> 6 & 0x3F));
                out[k++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[k++] = '?';
            } else {
                out[k++] = (byte) (0xE0 | c >> 12);
                out[k++] = (byte) (0x80 | (c >> 6 & 0x3F));
                out[k++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return out;
    }

    public byte[] getBytes(String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException();
        }
        return encode(encodingOf(charsetName));
    }

    public byte[] getBytes(Charset charset) {
        if (charset == null) {
            throw new NullPointerException();
        }
        return encode(encodingOf(charset));
    }

    /** Encodes UTF-8 (the default charset of a Kiln image). */
    public byte[] getBytes() {
        return encode(UTF_8);
    }

    // ---- comparison ----

    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (anObject instanceof String) {
            char[] a = value;
            char[] b = ((String) anObject).value;
            if (a.length != b.length) {
                return false;
            }
            for (int i = 0; i < a.length; i++) {
                if (a[i] != b[i]) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs instanceof String) {
            return equals(cs);
        }
        int n = value.length;
        if (cs.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (value[i] != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean equalsIgnoreCase(String anotherString) {
        return this == anotherString || (anotherString != null && anotherString.value.length == value.length
                && regionMatches(true, 0, anotherString, 0, value.length));
    }

    public int compareTo(String anotherString) {
        char[] a = value;
        char[] b = anotherString.value;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return a[i] - b[i];
            }
        }
        return a.length - b.length;
    }

    /** Case-insensitive order: code points compared after toUpperCase then toLowerCase. */
    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    private static final class CaseInsensitiveComparator implements Comparator<String>, java.io.Serializable {
        public int compare(String s1, String s2) {
            return s1.compareToIgnoreCase(s2);
        }
    }

    /** Folds one code point as the case-insensitive comparisons do. */
    private static int fold(int cp) {
        return Character.toLowerCase(Character.toUpperCase(cp));
    }

    /** Code point at i if a surrogate pair starts there (within end), else the char. */
    private static int cpAt(char[] v, int i, int end) {
        char c = v[i];
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(v[i + 1])) {
            return Character.toCodePoint(c, v[i + 1]);
        }
        return c;
    }

    public int compareToIgnoreCase(String str) {
        char[] a = value;
        char[] b = str.value;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int c1 = cpAt(a, i, a.length);
            int c2 = cpAt(b, j, b.length);
            if (c1 != c2) {
                int f1 = fold(c1);
                int f2 = fold(c2);
                if (f1 != f2) {
                    return f1 - f2;
                }
            }
            i += Character.charCount(c1);
            j += Character.charCount(c2);
        }
        return (a.length - i) - (b.length - j);
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        char[] a = value;
        char[] b = other.value;
        if (ooffset < 0 || toffset < 0 || toffset > (long) a.length - len || ooffset > (long) b.length - len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (a[toffset + k] != b[ooffset + k]) {
                return false;
            }
        }
        return true;
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (!ignoreCase) {
            return regionMatches(toffset, other, ooffset, len);
        }
        char[] a = value;
        char[] b = other.value;
        if (ooffset < 0 || toffset < 0 || toffset > (long) a.length - len || ooffset > (long) b.length - len) {
            return false;
        }
        int aEnd = toffset + len;
        int bEnd = ooffset + len;
        int i = toffset;
        int j = ooffset;
        while (i < aEnd) {
            char c1 = a[i];
            char c2 = b[j];
            if (c1 == c2) {
                i++;
                j++;
                continue;
            }
            int cp1 = cpAt(a, i, aEnd);
            int cp2 = cpAt(b, j, bEnd);
            if (Character.charCount(cp1) != Character.charCount(cp2)) {
                // a pair against a lone char: compare the chars themselves
                cp1 = c1;
                cp2 = c2;
            }
            if (cp1 != cp2 && fold(cp1) != fold(cp2)) {
                return false;
            }
            i += Character.charCount(cp1);
            j += Character.charCount(cp1);
        }
        return true;
    }

    public boolean startsWith(String prefix, int toffset) {
        if (toffset < 0 || toffset > value.length - prefix.value.length) {
            return false;
        }
        return regionMatches(toffset, prefix, 0, prefix.value.length);
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (char c : value) {
                h = 31 * h + c;
            }
            hash = h;
        }
        return h;
    }

    // ---- searching ----

    public int indexOf(int ch) {
        return indexOf(ch, 0, value.length);
    }

    public int indexOf(int ch, int fromIndex) {
        return indexOf(ch, Math.max(fromIndex, 0), value.length);
    }

    /** Searches [beginIndex, endIndex); JDK 21 checks the range strictly. */
    public int indexOf(int ch, int beginIndex, int endIndex) {
        checkBoundsBeginEnd(beginIndex, endIndex, value.length);
        char[] v = value;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            if (Character.isValidCodePoint(ch)) {
                for (int i = beginIndex; i < endIndex; i++) {
                    if (v[i] == ch) {
                        return i;
                    }
                }
            }
            return -1;
        }
        if (!Character.isValidCodePoint(ch)) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        for (int i = beginIndex; i < endIndex - 1; i++) {
            if (v[i] == hi && v[i + 1] == lo) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        char[] v = value;
        int i = Math.min(fromIndex, v.length - 1);
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            if (ch >= 0) {
                for (; i >= 0; i--) {
                    if (v[i] == ch) {
                        return i;
                    }
                }
            }
            return -1;
        }
        if (!Character.isValidCodePoint(ch)) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        if (i >= v.length - 1) {
            i = v.length - 2;
        }
        for (; i >= 0; i--) {
            if (v[i] == hi && v[i + 1] == lo) {
                return i;
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return indexOf(value, value.length, str.value, fromIndex);
    }

    public int indexOf(String str, int beginIndex, int endIndex) {
        if (str.value.length == 1) {
            return indexOf(str.value[0], beginIndex, endIndex);
        }
        checkBoundsBeginEnd(beginIndex, endIndex, value.length);
        return indexOf(value, endIndex, str.value, beginIndex);
    }

    /** First index >= from of target within src[0, srcLen), or -1. Shared with StringBuilder. */
    static int indexOf(char[] src, int srcLen, char[] target, int from) {
        int n = target.length;
        if (from < 0) {
            from = 0;
        }
        if (from >= srcLen) {
            return n == 0 ? srcLen : -1;
        }
        if (n == 0) {
            return from;
        }
        char first = target[0];
        int max = srcLen - n;
        for (int i = from; i <= max; i++) {
            if (src[i] != first) {
                continue;
            }
            int k = 1;
            while (k < n && src[i + k] == target[k]) {
                k++;
            }
            if (k == n) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return lastIndexOf(value, value.length, str.value, fromIndex);
    }

    /** Last index <= from of target within src[0, srcLen), or -1. Shared with StringBuilder. */
    static int lastIndexOf(char[] src, int srcLen, char[] target, int from) {
        int n = target.length;
        int right = srcLen - n;
        if (from > right) {
            from = right;
        }
        if (from < 0) {
            return -1;
        }
        for (int i = from; i >= 0; i--) {
            int k = 0;
            while (k < n && src[i + k] == target[k]) {
                k++;
            }
            if (k == n) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    // ---- new strings ----

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        checkBoundsBeginEnd(beginIndex, endIndex, value.length);
        if (beginIndex == 0 && endIndex == value.length) {
            return this;
        }
        return new String(copy(value, beginIndex, endIndex - beginIndex), true);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.value.length == 0) {
            return this;
        }
        if (value.length == 0) {
            return str;
        }
        char[] v = new char[value.length + str.value.length];
        System.arraycopy(value, 0, v, 0, value.length);
        System.arraycopy(str.value, 0, v, value.length, str.value.length);
        return new String(v, true);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar) {
            return this;
        }
        char[] v = value;
        int i = 0;
        while (i < v.length && v[i] != oldChar) {
            i++;
        }
        if (i == v.length) {
            return this;
        }
        char[] r = copy(v, 0, v.length);
        for (; i < r.length; i++) {
            if (r[i] == oldChar) {
                r[i] = newChar;
            }
        }
        return new String(r, true);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        char[] t = target.toString().value;
        char[] r = replacement.toString().value;
        char[] v = value;
        int at = indexOf(v, v.length, t, 0);
        if (at < 0) {
            return this;
        }
        StringBuilder sb = new StringBuilder(v.length + Math.max(0, r.length - t.length));
        int from = 0;
        if (t.length == 0) {
            // An empty target matches before every char and at the end.
            for (int i = 0; i < v.length; i++) {
                sb.append(r);
                sb.append(v[i]);
            }
            sb.append(r);
            return sb.toString();
        }
        while (at >= 0) {
            sb.append(v, from, at - from);
            sb.append(r);
            from = at + t.length;
            at = indexOf(v, v.length, t, from);
        }
        sb.append(v, from, v.length - from);
        return sb.toString();
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        if (delimiter == null || elements == null) {
            throw new NullPointerException();
        }
        String d = delimiter.toString();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                sb.append(d);
            }
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        if (delimiter == null || elements == null) {
            throw new NullPointerException();
        }
        String d = delimiter.toString();
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        Iterator<? extends CharSequence> it = elements.iterator();
        while (it.hasNext()) {
            if (!first) {
                sb.append(d);
            }
            first = false;
            sb.append(it.next());
        }
        return sb.toString();
    }

    // ---- case mapping ----

    public String toLowerCase() {
        return mapCase(false);
    }

    public String toUpperCase() {
        return mapCase(true);
    }

    /** Turkish, Azeri and Lithuanian case rules are not provided (UnsupportedOperationException). */
    public String toLowerCase(java.util.Locale locale) {
        return mapCase(false, locale);
    }

    public String toUpperCase(java.util.Locale locale) {
        return mapCase(true, locale);
    }

    private String mapCase(boolean upper, java.util.Locale locale) {
        String lang = locale.getLanguage();
        if (lang.equals("tr") || lang.equals("az") || lang.equals("lt")) {
            throw new UnsupportedOperationException("Case mapping for locale " + locale + " is not supported by Kiln");
        }
        return mapCase(upper);
    }

    private String mapCase(boolean upper) {
        char[] v = value;
        int n = v.length;
        // Find the first char that changes; most strings come back unchanged.
        int first = 0;
        while (first < n) {
            int cp = cpAt(v, first, n);
            int m = upper ? Character.toUpperCase(cp) : Character.toLowerCase(cp);
            if (m != cp || special(cp, upper) != null) {
                break;
            }
            first += Character.charCount(cp);
        }
        if (first == n) {
            return this;
        }
        char[] out = new char[n + 8];
        System.arraycopy(v, 0, out, 0, first);
        int k = first;
        for (int i = first; i < n; ) {
            int cp = cpAt(v, i, n);
            String full = special(cp, upper);
            if (!upper && cp == 0x3A3) {
                full = isFinalSigma(v, i) ? "\u03C2" : "\u03C3";
            }
            if (full != null) {
                char[] f = full.value;
                if (k + f.length > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2 + f.length);
                }
                for (char c : f) {
                    out[k++] = c;
                }
            } else {
                int m = upper ? Character.toUpperCase(cp) : Character.toLowerCase(cp);
                if (k + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2 + 2);
                }
                k += Character.toChars(m, out, k);
            }
            i += Character.charCount(cp);
        }
        return new String(k == out.length ? out : copy(out, 0, k), true);
    }

    /** The one-to-many mapping of cp, or null when the simple mapping applies. */
    private static String special(int cp, boolean upper) {
        if (cp < 0xDF) {
            return null;
        }
        String[] t = upper ? CharTables.UPPER_SPECIAL_T.TABLE : CharTables.LOWER_SPECIAL_T.TABLE;
        for (int i = 0; i < t.length; i += 2) {
            if (t[i].codePointAt(0) == cp) {
                return t[i + 1];
            }
        }
        return null;
    }

    /**
     * Whether the capital sigma at i is word-final, as the JDK decides it: within the word that
     * contains it (word boundaries as the JDK's word BreakIterator draws them, see wordBoundary),
     * a cased letter precedes the sigma and none follows it.
     */
    private static boolean isFinalSigma(char[] v, int i) {
        boolean casedBefore = false;
        for (int j = i; j > 0 && !wordBoundary(v, j); ) {
            int cp = Character.codePointBefore(v, j, 0);
            if (isCased(cp)) {
                casedBefore = true;
                break;
            }
            j -= Character.charCount(cp);
        }
        if (!casedBefore) {
            return false;
        }
        for (int j = i + 1; j < v.length && !wordBoundary(v, j); ) {
            int cp = cpAt(v, j, v.length);
            if (isCased(cp)) {
                return false;
            }
            j += Character.charCount(cp);
        }
        return true;
    }

    /**
     * Is there a word boundary between v[j-1] and v[j]? Word characters (letters, digits, marks,
     * connector punctuation, format characters) hold together, and so does one of '-', '.', '\''
     * between two letters ("A-B", "A.B"). Everything else separates words. This matches
     * HotSpot on the cases that matter for the final sigma (measured).
     */
    private static boolean wordBoundary(char[] v, int j) {
        if (j <= 0 || j >= v.length) {
            return true;
        }
        int a = Character.codePointBefore(v, j, 0);
        int b = cpAt(v, j, v.length);
        if (Character.isIdeographic(a) || Character.isIdeographic(b)) {
            return true; // every ideograph is a word of its own
        }
        if (isWordChar(a) && isWordChar(b)) {
            return false;
        }
        if (isMidChar(a) && Character.isLetter(b)) {
            int k = j - Character.charCount(a);
            return k <= 0 || !Character.isLetter(Character.codePointBefore(v, k, 0));
        }
        if (Character.isLetter(a) && isMidChar(b)) {
            int k = j + Character.charCount(b);
            return k >= v.length || !Character.isLetter(cpAt(v, k, v.length));
        }
        return true;
    }

    private static boolean isWordChar(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.CONNECTOR_PUNCTUATION:
            case Character.FORMAT:
                return true;
            default:
                return false;
        }
    }

    private static boolean isMidChar(int cp) {
        return cp == '-' || cp == '.' || cp == '\'';
    }

    private static boolean isCased(int cp) {
        return Character.isLetter(cp) && (Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp));
    }

    // ---- trimming ----

    public String trim() {
        char[] v = value;
        int b = 0;
        int e = v.length;
        while (b < e && v[b] <= ' ') {
            b++;
        }
        while (e > b && v[e - 1] <= ' ') {
            e--;
        }
        return substring(b, e);
    }

    private int firstNonWhitespace() {
        int i = 0;
        while (i < value.length) {
            int cp = cpAt(value, i, value.length);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private int endOfNonWhitespace(int floor) {
        int e = value.length;
        while (e > floor) {
            int cp = Character.codePointBefore(value, e, floor);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            e -= Character.charCount(cp);
        }
        return e;
    }

    public String strip() {
        int b = firstNonWhitespace();
        return substring(b, endOfNonWhitespace(b));
    }

    public String stripLeading() {
        return substring(firstNonWhitespace());
    }

    public String stripTrailing() {
        return substring(0, endOfNonWhitespace(0));
    }

    public java.util.stream.Stream<String> lines() {
        return TextLines.split(this).stream();
    }

    public String indent(int n) {
        return TextLines.indent(this, n);
    }

    public String stripIndent() {
        return TextLines.stripIndent(this);
    }

    public String translateEscapes() {
        return TextLines.translateEscapes(this);
    }

    public boolean isBlank() {
        return firstNonWhitespace() == value.length;
    }

    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1) {
            return this;
        }
        int len = value.length;
        if (len == 0 || count == 0) {
            return "";
        }
        if (Integer.MAX_VALUE / count < len) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        char[] r = new char[len * count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(value, 0, r, i * len, len);
        }
        return new String(r, true);
    }

    // ---- format ----

    public static String format(String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    /** Only a null, root or English locale (their formats are the default ones); others are refused. */
    public static String format(java.util.Locale l, String format, Object... args) {
        if (l != null && !l.getLanguage().isEmpty() && !l.getLanguage().equals("en")) {
            throw new UnsupportedOperationException("String.format for locale " + l + " is not supported by Kiln");
        }
        return format(format, args);
    }

    public String formatted(Object... args) {
        return new java.util.Formatter().format(this, args).toString();
    }

    // ---- valueOf ----

    public static String valueOf(Object obj) {
        return obj == null ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return new String(new char[] {c}, true);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }

    /** The canonical instance; see StringTable for how literals take part. */
    public String intern() {
        return kiln.rt.StringTable.intern(this);
    }

    /** The chars of this string as an IntStream (zero-extended). */
    public java.util.stream.IntStream chars() {
        int[] cs = new int[value.length];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = value[i];
        }
        return java.util.stream.IntStream.of(cs);
    }

    public java.util.stream.IntStream codePoints() {
        return CharSequence.super.codePoints();
    }

    // ---- regular expressions (java.util.regex) ----

    public boolean matches(String regex) {
        return java.util.regex.Pattern.matches(regex, this);
    }

    public String replaceFirst(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceFirst(replacement);
    }

    public String replaceAll(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceAll(replacement);
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    public String[] split(String regex, int limit) {
        int ch = literalSplitChar(regex);
        if (ch < 0) return java.util.regex.Pattern.compile(regex).split(this, limit);
        // Fast path: the delimiter is one literal char, so every match has length 1.
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        int index = 0;
        int next;
        while ((next = indexOf(ch, index)) >= 0) {
            if (limit > 0 && parts.size() == limit - 1) break;
            parts.add(substring(index, next));
            index = next + 1;
        }
        if (index == 0 && parts.isEmpty()) return new String[] {this};
        parts.add(substring(index));
        int n = parts.size();
        if (limit == 0) {
            while (n > 0 && parts.get(n - 1).isEmpty()) n--;
        }
        return parts.subList(0, n).toArray(new String[0]);
    }

    /** The char a regex stands for when it is one plain char or a backslash-escaped non-alphanumeric; else -1. */
    private static int literalSplitChar(String regex) {
        if (regex.length() == 1 && ".$|()[{^?*+\\".indexOf(regex.charAt(0)) < 0) {
            char c = regex.charAt(0);
            return Character.isSurrogate(c) ? -1 : c;
        }
        if (regex.length() == 2 && regex.charAt(0) == '\\') {
            char c = regex.charAt(1);
            if (c < 128 && !Character.isLetterOrDigit(c)) return c;
        }
        return -1;
    }
}
