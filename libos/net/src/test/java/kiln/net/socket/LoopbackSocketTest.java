package kiln.net.socket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

import kiln.net.IpAddr;

/** The blocking socket layer on real threads over the loopback path of a device-less stack. */
class LoopbackSocketTest {
    private static final int LOCALHOST = IpAddr.parse("127.0.0.1");
    private final SocketStack stack = SocketStack.loopbackOnly(new Random(7)::nextLong);

    @Test
    void echoesTwoMegabytesBothWays() throws Exception {
        TcpServer server = TcpServer.listen(stack, 0, 5);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread echo = new Thread(() -> {
            try {
                TcpStream s = server.accept(0);
                byte[] buf = new byte[8192];
                for (int n; (n = s.read(buf, 0, buf.length, 0)) > 0; ) {
                    s.write(buf, 0, n);
                }
                s.close();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        echo.start();
        byte[] data = new byte[2 << 20];
        new Random(1).nextBytes(data);
        TcpStream c = TcpStream.connect(stack, LOCALHOST, server.port(), 0);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try {
                byte[] buf = new byte[5000];
                for (int n; (n = c.read(buf, 0, buf.length, 0)) > 0; ) {
                    got.write(buf, 0, n);
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        reader.start();
        for (int off = 0; off < data.length; off += 100_000) {
            c.write(data, off, Math.min(100_000, data.length - off));
        }
        c.shutdownOutput();
        reader.join(20_000);
        echo.join(20_000);
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertArrayEquals(data, got.toByteArray());
        c.close();
        server.close();
    }

    @Test
    void connectToAClosedPortIsRefused() {
        ConnectException e = assertThrows(ConnectException.class, () -> TcpStream.connect(stack, LOCALHOST, 9, 0));
        assertEquals("Connection refused", e.getMessage());
    }

    @Test
    void readAndAcceptTimeOut() throws Exception {
        TcpServer server = TcpServer.listen(stack, 0, 1);
        SocketTimeoutException a = assertThrows(SocketTimeoutException.class, () -> server.accept(20_000_000L));
        assertEquals("Accept timed out", a.getMessage());
        TcpStream c = TcpStream.connect(stack, LOCALHOST, server.port(), 0);
        TcpStream s = server.accept(0);
        long t0 = System.nanoTime();
        SocketTimeoutException r = assertThrows(SocketTimeoutException.class, () -> c.read(new byte[1], 0, 1, 50_000_000L));
        assertEquals("Read timed out", r.getMessage());
        assertTrue(System.nanoTime() - t0 >= 50_000_000L);
        s.close();
        assertEquals(-1, c.read(new byte[1], 0, 1, 0));
        c.close();
        server.close();
    }

    @Test
    void closeWakesABlockedAccept() throws Exception {
        TcpServer server = TcpServer.listen(stack, 0, 1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                server.accept(0);
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        Thread.sleep(50);
        server.close();
        t.join(5_000);
        assertTrue(thrown.get() instanceof SocketException, String.valueOf(thrown.get()));
        assertEquals("Socket closed", thrown.get().getMessage());
    }

    @Test
    void resetEndsTheConnectionWithARst() throws Exception {
        TcpServer server = TcpServer.listen(stack, 0, 1);
        TcpStream c = TcpStream.connect(stack, LOCALHOST, server.port(), 0);
        TcpStream s = server.accept(0);
        c.reset(); // SO_LINGER on with 0
        SocketException e = assertThrows(SocketException.class, () -> s.read(new byte[1], 0, 1, 5_000_000_000L));
        assertEquals("Connection reset", e.getMessage());
        s.close();
        server.close();
    }

    @Test
    void secondListenerOnAPortFails() throws Exception {
        TcpServer server = TcpServer.listen(stack, 0, 1);
        assertThrows(java.net.BindException.class, () -> TcpServer.listen(stack, server.port(), 1));
        server.close();
        TcpServer.listen(stack, server.port(), 1).close(); // free again once closed
    }
}
