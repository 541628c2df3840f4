package kiln.cli.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * The guest's control channel (COM3, docs/boot.md): ASCII lines from the guest. "kiln-stdin" asks
 * for standard input to start flowing (once, when the program first reads it); "kiln-exit N" is the
 * exit status, read by the caller from {@link #finish()}'s text. Kept in memory, bounded.
 */
final class ControlChannel {
    private static final int MAX_BYTES = 64 * 1024;

    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private final Thread reader;
    private boolean inputRequested;

    ControlChannel(ServerSocketChannel server, Runnable onInputRequest) {
        reader = Thread.ofPlatform().daemon().name("kiln-run-control").start(() -> {
            try (SocketChannel c = server.accept()) {
                ByteBuffer buf = ByteBuffer.allocate(4096);
                while (c.read(buf) >= 0) {
                    buf.flip();
                    synchronized (text) {
                        if (text.size() < MAX_BYTES) {
                            text.write(buf.array(), 0, Math.min(buf.remaining(), MAX_BYTES - text.size()));
                        }
                        if (!inputRequested && text.toString(StandardCharsets.ISO_8859_1).contains("kiln-stdin\n")) {
                            inputRequested = true;
                            onInputRequest.run();
                        }
                    }
                    buf.clear();
                }
            } catch (IOException e) {
                // server closed before QEMU connected, or QEMU went away
            }
        });
    }

    /** Waits for the channel to end (the server must be closed or QEMU gone) and returns its text. */
    String finish() throws InterruptedException {
        reader.join();
        synchronized (text) {
            return text.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
