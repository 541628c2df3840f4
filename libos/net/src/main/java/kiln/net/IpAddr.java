package kiln.net;

/** IPv4 addresses as ints in network order (first octet in the top byte): parsing and printing. */
public final class IpAddr {
    public static final int ANY = 0;
    public static final int BROADCAST = 0xffffffff;

    private IpAddr() {
    }

    /**
     * Parses a dotted quad ("10.0.2.15"). Throws IllegalArgumentException naming the text if it is not
     * exactly four decimal octets 0..255 (no leading '+', no empty parts, no more than 3 digits).
     */
    public static int parse(String text) {
        long r = parseOrMinusOne(text);
        if (r < 0) {
            throw new IllegalArgumentException("not an IPv4 address: \"" + text + "\"");
        }
        return (int) r;
    }

    private static long parseOrMinusOne(String s) {
        if (s == null) {
            return -1;
        }
        long value = 0;
        int parts = 0;
        int i = 0;
        int n = s.length();
        while (true) {
            int digits = 0;
            int octet = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                octet = octet * 10 + (s.charAt(i) - '0');
                digits++;
                i++;
                if (digits > 3) {
                    return -1;
                }
            }
            if (digits == 0 || octet > 255) {
                return -1;
            }
            value = (value << 8) | octet;
            parts++;
            if (i == n) {
                break;
            }
            if (s.charAt(i) != '.' || parts == 4) {
                return -1;
            }
            i++;
        }
        return parts == 4 ? value : -1;
    }

    public static String format(int ip) {
        return (ip >>> 24) + "." + ((ip >>> 16) & 0xff) + "." + ((ip >>> 8) & 0xff) + "." + (ip & 0xff);
    }

    /** The netmask of a prefix length 0..32 (0 gives 0, 32 gives all ones). */
    public static int mask(int prefixLength) {
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }

    /** Class D (224.0.0.0/4), RFC 5771. */
    public static boolean isMulticast(int ip) {
        return (ip >>> 28) == 0xe;
    }

    public static int read(byte[] d, int off) {
        return ((d[off] & 0xff) << 24) | ((d[off + 1] & 0xff) << 16) | ((d[off + 2] & 0xff) << 8) | (d[off + 3] & 0xff);
    }

    public static void write(byte[] d, int off, int ip) {
        d[off] = (byte) (ip >>> 24);
        d[off + 1] = (byte) (ip >>> 16);
        d[off + 2] = (byte) (ip >>> 8);
        d[off + 3] = (byte) ip;
    }
}
