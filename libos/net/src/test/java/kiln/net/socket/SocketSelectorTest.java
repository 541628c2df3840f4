package kiln.net.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

import kiln.net.IpAddr;
import kiln.net.tcp.TcpReadiness;

/** A selector wakes for any socket it watches, for wakeup(), and at its deadline. */
class SocketSelectorTest {
    private static final int LOCALHOST = IpAddr.parse("127.0.0.1");
    private final SocketStack stack = SocketStack.loopbackOnly(new Random(5)::nextLong);

    /** Waits (as a Selector does: scan and wait under the lock) until {@code w} shows {@code op}. */
    private static boolean awaitReady(SocketSelector sel, Watchable w, int op, long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        sel.lock();
        try {
            for (;;) {
                sel.startScan();
                if ((w.readyOps() & op) != 0) {
                    return true;
                }
                if (!sel.awaitChange(deadline)) {
                    return false;
                }
            }
        } finally {
            sel.unlock();
        }
    }

    @Test
    void wakesForAcceptReadAndDatagram() throws Exception {
        SocketSelector sel = new SocketSelector(stack);
        TcpServer server = TcpServer.listen(stack, 0, 4);
        sel.watch(server);
        assertFalse(awaitReady(sel, server, TcpReadiness.OP_ACCEPT, 20_000_000L), "nothing to accept yet");
        TcpStream c = TcpStream.open(stack, LOCALHOST, server.port());
        sel.watch(c);
        assertTrue(awaitReady(sel, c, TcpReadiness.OP_CONNECT, 5_000_000_000L));
        assertTrue(c.finishConnect(false));
        assertTrue(awaitReady(sel, server, TcpReadiness.OP_ACCEPT, 5_000_000_000L));
        TcpStream s = server.accept(-1);
        assertEquals(null, server.accept(-1), "a non-blocking accept with nobody waiting");
        sel.watch(s);
        assertEquals(0, s.read(new byte[4], 0, 4, -1), "a non-blocking read with nothing there");
        c.write(new byte[] {1, 2, 3}, 0, 3);
        assertTrue(awaitReady(sel, s, TcpReadiness.OP_READ, 5_000_000_000L));
        assertEquals(3, s.read(new byte[4], 0, 4, -1));

        UdpEndpoint u = UdpEndpoint.bind(stack, 0);
        sel.watch(u);
        assertFalse(awaitReady(sel, u, TcpReadiness.OP_READ, 10_000_000L));
        u.send(LOCALHOST, u.localPort(), new byte[1], 0, 1);
        assertTrue(awaitReady(sel, u, TcpReadiness.OP_READ, 5_000_000_000L));
        c.close();
        s.close();
        server.close();
        u.close();
    }

    @Test
    void wakeupFromAnotherThreadEndsTheWait() throws Exception {
        SocketSelector sel = new SocketSelector(stack);
        AtomicBoolean returned = new AtomicBoolean();
        Thread t = new Thread(() -> {
            sel.lock();
            try {
                sel.startScan();
                returned.set(sel.awaitChange(Long.MAX_VALUE) && sel.takeWakeup());
            } finally {
                sel.unlock();
            }
        });
        t.start();
        Thread.sleep(50);
        sel.wakeup();
        t.join(5_000);
        assertTrue(returned.get());
        sel.lock();
        try {
            assertFalse(sel.takeWakeup(), "consumed");
        } finally {
            sel.unlock();
        }
    }

    @Test
    void nonBlockingWriteTakesWhatFits() throws Exception {
        TcpServer server = TcpServer.listen(stack, 0, 1);
        TcpStream c = TcpStream.connect(stack, LOCALHOST, server.port(), 0);
        TcpStream s = server.accept(0);
        byte[] big = new byte[8 << 20];
        int n = c.write(big, 0, big.length, false);
        assertTrue(n > 0 && n < big.length, "wrote " + n);
        // Nobody reads: once the peer's window and our send buffer are full, a write takes nothing.
        int last = n;
        for (int i = 0; i < 1000 && last > 0; i++) {
            last = c.write(big, 0, big.length, false);
            Thread.sleep(1);
        }
        assertEquals(0, last, "a full send buffer takes nothing");
        c.close();
        s.close();
        server.close();
    }
}
