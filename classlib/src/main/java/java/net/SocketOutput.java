package java.net;

import java.io.IOException;
import java.io.OutputStream;

/** A connected socket's output: writes block while the send buffer is full. Closing it closes the socket. */
final class SocketOutput extends OutputStream {
    private final Socket socket;

    SocketOutput(Socket socket) {
        this.socket = socket;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len > 0) {
            socket.stream().write(b, off, len);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
