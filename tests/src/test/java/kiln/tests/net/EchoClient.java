package kiln.tests.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * Host-side peer of the guest's echo server: sends N pseudo-random bytes while reading them back
 * on another thread, and compares CRC-32s of both directions. Also a main, so a test can run it
 * inside a network namespace: {@code EchoClient HOST PORT BYTES} prints the result line.
 */
public final class EchoClient {
    /** What one exchange did. */
    public record Result(long sent, long received, boolean crcMatch, double seconds) {
        @Override
        public String toString() {
            return String.format("%d bytes sent, %d back, crc %s, %.2f s (%.1f MB/s each way)", sent, received,
                    crcMatch ? "match" : "MISMATCH", seconds, sent / seconds / 1e6);
        }
    }

    public static Result exchange(String host, int port, long bytes) throws IOException, InterruptedException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 10_000);
            s.setSoTimeout(60_000);
            CRC32 sent = new CRC32();
            CRC32 got = new CRC32();
            IOException[] writeFailure = new IOException[1];
            long t0 = System.nanoTime();
            Thread writer = Thread.ofPlatform().name("echo-writer").start(() -> {
                try {
                    OutputStream o = s.getOutputStream();
                    byte[] b = new byte[65536];
                    Random r = new Random(bytes);
                    for (long left = bytes; left > 0; ) {
                        r.nextBytes(b);
                        int n = (int) Math.min(b.length, left);
                        o.write(b, 0, n);
                        sent.update(b, 0, n);
                        left -= n;
                    }
                    s.shutdownOutput();
                } catch (IOException e) {
                    writeFailure[0] = e;
                }
            });
            InputStream in = s.getInputStream();
            byte[] b = new byte[65536];
            long received = 0;
            for (int n; (n = in.read(b)) > 0; ) {
                got.update(b, 0, n);
                received += n;
            }
            writer.join();
            if (writeFailure[0] != null) {
                throw writeFailure[0];
            }
            return new Result(bytes, received, sent.getValue() == got.getValue(), (System.nanoTime() - t0) / 1e9);
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println(exchange(args[0], Integer.parseInt(args[1]), Long.parseLong(args[2])));
    }
}
