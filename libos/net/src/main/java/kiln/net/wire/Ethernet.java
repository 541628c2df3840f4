package kiln.net.wire;

import kiln.net.Drop;

/**
 * Ethernet II framing (IEEE 802.3 with an EtherType, RFC 894): destination MAC, source MAC, type.
 * Static accessors over {@code byte[]} at an offset, so nothing is allocated per frame.
 */
public final class Ethernet {
    public static final int HEADER = 14;
    public static final int DST = 0;
    public static final int SRC = 6;
    public static final int TYPE = 12;
    /** Frames shorter than this (without FCS) are padded by the sender (IEEE 802.3 minimum of 64 with FCS). */
    public static final int MIN_FRAME = 60;

    public static final int TYPE_IPV4 = 0x0800;
    public static final int TYPE_ARP = 0x0806;

    public static final byte[] BROADCAST = {-1, -1, -1, -1, -1, -1};

    private Ethernet() {
    }

    /** Null if a frame of {@code len} bytes can be read as Ethernet II, else the reason. */
    public static Drop check(int len) {
        return len < HEADER ? Drop.ETH_TRUNCATED : null;
    }

    public static int type(byte[] d, int off) {
        return ((d[off + TYPE] & 0xff) << 8) | (d[off + TYPE + 1] & 0xff);
    }

    public static boolean isBroadcast(byte[] d, int off) {
        for (int i = 0; i < 6; i++) {
            if (d[off + DST + i] != -1) {
                return false;
            }
        }
        return true;
    }

    /** Group bit of the destination (IEEE 802: least significant bit of the first octet). */
    public static boolean isGroup(byte[] d, int off) {
        return (d[off + DST] & 1) != 0;
    }

    public static boolean macEquals(byte[] d, int off, byte[] mac) {
        for (int i = 0; i < 6; i++) {
            if (d[off + i] != mac[i]) {
                return false;
            }
        }
        return true;
    }

    public static void write(byte[] d, int off, byte[] dst, byte[] src, int type) {
        System.arraycopy(dst, 0, d, off + DST, 6);
        System.arraycopy(src, 0, d, off + SRC, 6);
        d[off + TYPE] = (byte) (type >>> 8);
        d[off + TYPE + 1] = (byte) type;
    }

    public static String formatMac(byte[] d, int off) {
        StringBuilder sb = new StringBuilder(17);
        for (int i = 0; i < 6; i++) {
            if (i > 0) {
                sb.append(':');
            }
            int b = d[off + i] & 0xff;
            sb.append(Character.forDigit(b >>> 4, 16)).append(Character.forDigit(b & 15, 16));
        }
        return sb.toString();
    }
}
