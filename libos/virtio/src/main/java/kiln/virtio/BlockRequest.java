package kiln.virtio;

/** One virtio-blk request in flight; {@link VirtioBlk#poll()} completes it. */
public final class BlockRequest {
    /** virtio 1.2 §5.2.6 request types. */
    static final int T_IN = 0;
    static final int T_OUT = 1;
    static final int T_FLUSH = 4;

    /** §5.2.6 status byte values, plus PENDING while in flight and BAD for a device protocol error. */
    public static final int OK = 0;
    public static final int IOERR = 1;
    public static final int UNSUPP = 2;
    public static final int PENDING = -1;

    final int type;
    final long sector;
    final byte[] data;
    final int off;
    final int len;
    final int slot;
    int status = PENDING;

    BlockRequest(int type, long sector, byte[] data, int off, int len, int slot) {
        this.type = type;
        this.sector = sector;
        this.data = data;
        this.off = off;
        this.len = len;
        this.slot = slot;
    }

    public boolean done() {
        return status != PENDING;
    }

    /** The device's status byte (OK, IOERR, UNSUPP), or PENDING. */
    public int status() {
        return status;
    }

    String describe() {
        return switch (type) {
            case T_IN -> "read of " + len + " bytes at sector " + sector;
            case T_OUT -> "write of " + len + " bytes at sector " + sector;
            default -> "flush";
        };
    }
}
