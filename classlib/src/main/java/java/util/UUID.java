package java.util;

/**
 * java.util.UUID, written from the javadoc: the 128-bit value, its fields (version, variant,
 * timestamp, clockSequence, node), toString, fromString (the JDK's parsing and messages),
 * equals/hashCode, the signed compareTo, and randomUUID (version 4, from one shared SecureRandom).
 * Not provided: nameUUIDFromBytes (needs MD5).
 */
public final class UUID implements java.io.Serializable, Comparable<UUID> {
    private static final long serialVersionUID = -4856846361193249489L;

    private final long mostSigBits;
    private final long leastSigBits;

    public UUID(long mostSigBits, long leastSigBits) {
        this.mostSigBits = mostSigBits;
        this.leastSigBits = leastSigBits;
    }

    /** Seeded on first use, so programs that never ask for a random UUID never gather entropy. */
    private static java.security.SecureRandom numberGenerator;

    /** A version 4 UUID: 122 random bits, the version nibble 4 and the IETF variant bits 10. */
    public static UUID randomUUID() {
        java.security.SecureRandom r;
        synchronized (UUID.class) {
            if (numberGenerator == null) {
                numberGenerator = new java.security.SecureRandom();
            }
            r = numberGenerator;
        }
        byte[] b = new byte[16];
        r.nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        long msb = 0, lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (b[i] & 0xff);
            lsb = (lsb << 8) | (b[8 + i] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    public static UUID fromString(String name) {
        int len = name.length();
        if (len > 36) {
            throw new IllegalArgumentException("UUID string too large");
        }
        int d1 = name.indexOf('-');
        int d2 = name.indexOf('-', d1 + 1);
        int d3 = name.indexOf('-', d2 + 1);
        int d4 = name.indexOf('-', d3 + 1);
        int d5 = name.indexOf('-', d4 + 1);
        if (d4 < 0 || d5 >= 0) {
            throw new IllegalArgumentException("Invalid UUID string: " + name);
        }
        long msb = Long.parseLong(name, 0, d1, 16) & 0xffffffffL;
        msb = (msb << 16) | (Long.parseLong(name, d1 + 1, d2, 16) & 0xffffL);
        msb = (msb << 16) | (Long.parseLong(name, d2 + 1, d3, 16) & 0xffffL);
        long lsb = (Long.parseLong(name, d3 + 1, d4, 16) & 0xffffL) << 48;
        lsb |= Long.parseLong(name, d4 + 1, len, 16) & 0xffffffffffffL;
        return new UUID(msb, lsb);
    }

    public long getLeastSignificantBits() {
        return leastSigBits;
    }

    public long getMostSignificantBits() {
        return mostSigBits;
    }

    public int version() {
        return (int) ((mostSigBits >> 12) & 0x0f);
    }

    public int variant() {
        // 0 for 0xx, 2 for 10x, 6 for 110, 7 for 111 (the top bits of leastSigBits)
        long top = leastSigBits >>> 61;
        if ((top & 4) == 0) {
            return 0;
        }
        if ((top & 2) == 0) {
            return 2;
        }
        return (int) top;
    }

    private void checkTimeBased() {
        if (version() != 1) {
            throw new UnsupportedOperationException("Not a time-based UUID");
        }
    }

    public long timestamp() {
        checkTimeBased();
        return (mostSigBits & 0x0fffL) << 48 | ((mostSigBits >> 16) & 0xffffL) << 32 | mostSigBits >>> 32;
    }

    public int clockSequence() {
        checkTimeBased();
        return (int) ((leastSigBits & 0x3fff000000000000L) >>> 48);
    }

    public long node() {
        checkTimeBased();
        return leastSigBits & 0x0000ffffffffffffL;
    }

    private static void hex(char[] buf, int pos, long v, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            buf[pos + i] = Character.forDigit((int) (v & 0xf), 16);
            v >>>= 4;
        }
    }

    @Override
    public String toString() {
        char[] buf = new char[36];
        hex(buf, 0, mostSigBits >>> 32, 8);
        buf[8] = '-';
        hex(buf, 9, mostSigBits >>> 16, 4);
        buf[13] = '-';
        hex(buf, 14, mostSigBits, 4);
        buf[18] = '-';
        hex(buf, 19, leastSigBits >>> 48, 4);
        buf[23] = '-';
        hex(buf, 24, leastSigBits, 12);
        return new String(buf);
    }

    @Override
    public int hashCode() {
        long x = mostSigBits ^ leastSigBits;
        return ((int) (x >> 32)) ^ (int) x;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof UUID u && u.mostSigBits == mostSigBits && u.leastSigBits == leastSigBits;
    }

    @Override
    public int compareTo(UUID val) {
        int c = Long.compare(mostSigBits, val.mostSigBits);
        return c != 0 ? c : Long.compare(leastSigBits, val.leastSigBits);
    }
}
