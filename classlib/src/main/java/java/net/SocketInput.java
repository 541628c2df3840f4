package java.net;

import java.io.IOException;
import java.io.InputStream;

/** A connected socket's input: reads wait at most the socket's SO_TIMEOUT. Closing it closes the socket. */
final class SocketInput extends InputStream {
    private final Socket socket;
    private boolean eof;

    SocketInput(Socket socket) {
        this.socket = socket;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (eof) {
            return -1;
        }
        int n = socket.stream().read(b, off, len, socket.timeoutMillis() * 1_000_000L);
        if (n < 0) {
            eof = true;
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        return eof ? 0 : socket.stream().available();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
