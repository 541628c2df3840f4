package kiln.rt;

import java.io.OutputStream;
import java.util.Objects;

/** The console (fd 1 standard output, fd 2 standard error) as an unbuffered OutputStream. */
public final class ConsoleOutputStream extends OutputStream {
    private final int fd;

    public ConsoleOutputStream(int fd) {
        this.fd = fd;
    }

    public void write(int b) {
        Platform.write(fd, new byte[] {(byte) b}, 0, 1);
    }

    public void write(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len > 0) {
            Platform.write(fd, b, off, len);
        }
    }
}
