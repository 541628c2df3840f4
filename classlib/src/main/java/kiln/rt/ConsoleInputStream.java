package kiln.rt;

import java.io.InputStream;
import java.util.Objects;

/**
 * Standard input (fd 0) with a read-ahead buffer, like HotSpot's BufferedInputStream over fd 0.
 * On kvm the console never blocks: when nothing has arrived yet the reading thread waits for the
 * console's interrupt, and other threads run meanwhile.
 */
public final class ConsoleInputStream extends InputStream {
    private final byte[] buf = new byte[8192];
    private int pos;
    private int limit;
    private boolean eof;

    /** Refills the buffer; false at end of input. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        int n = Platform.read(0, buf, 0, buf.length);
        while (n == Platform.WOULD_BLOCK) {
            Scheduler.awaitInput();
            n = Platform.read(0, buf, 0, buf.length);
        }
        if (n <= 0) {
            eof = n < 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    public int read() {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (pos >= limit && !fill()) {
            return -1;
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    public int available() {
        return limit - pos;
    }
}
