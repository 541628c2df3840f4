package kiln.net.socket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.BindException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

import kiln.net.IpAddr;

/** The blocking UDP endpoint on real threads over the loopback path of a device-less stack. */
class LoopbackUdpTest {
    private static final int LOCALHOST = IpAddr.parse("127.0.0.1");
    private final SocketStack stack = SocketStack.loopbackOnly(new Random(11)::nextLong);

    @Test
    void datagramsArriveWhole() throws Exception {
        UdpEndpoint a = UdpEndpoint.bind(stack, 0);
        UdpEndpoint b = UdpEndpoint.bind(stack, 0);
        byte[] big = new byte[UdpEndpoint.MAX_PAYLOAD];
        new Random(3).nextBytes(big);
        a.send(LOCALHOST, b.localPort(), big, 0, big.length);
        a.send(LOCALHOST, b.localPort(), big, 10, 5);
        byte[] got = new byte[70_000];
        assertEquals(big.length, b.receive(got, 0, got.length, 0));
        assertArrayEquals(big, Arrays.copyOf(got, big.length));
        assertEquals(a.localPort(), b.sourcePort());
        assertEquals(LOCALHOST, b.sourceIp());
        assertEquals(3, b.receive(got, 0, 3, 0), "a longer datagram is truncated");
        assertEquals(big[10], got[0]);
        assertEquals(-1, b.receive(got, 0, 3, -1), "nothing queued: a non-blocking receive returns at once");
        SocketException tooLong = assertThrows(SocketException.class, () -> a.send(LOCALHOST, b.localPort(), new byte[65508], 0, 65508));
        assertEquals("Message too long", tooLong.getMessage());
        a.close();
        b.close();
    }

    @Test
    void receiveTimesOutAndCloseWakesIt() throws Exception {
        UdpEndpoint e = UdpEndpoint.bind(stack, 0);
        long t0 = System.nanoTime();
        SocketTimeoutException t = assertThrows(SocketTimeoutException.class, () -> e.receive(new byte[1], 0, 1, 30_000_000L));
        assertEquals("Receive timed out", t.getMessage());
        assertTrue(System.nanoTime() - t0 >= 30_000_000L);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread r = new Thread(() -> {
            try {
                e.receive(new byte[1], 0, 1, 0);
            } catch (Throwable x) {
                thrown.set(x);
            }
        });
        r.start();
        Thread.sleep(50);
        e.close();
        r.join(5_000);
        assertEquals("Socket closed", thrown.get().getMessage());
    }

    @Test
    void connectedEndpointFiltersAndSeesPortUnreachableOnce() throws Exception {
        UdpEndpoint a = UdpEndpoint.bind(stack, 0);
        UdpEndpoint peer = UdpEndpoint.bind(stack, 0);
        UdpEndpoint stranger = UdpEndpoint.bind(stack, 0);
        a.connect(LOCALHOST, peer.localPort());
        stranger.send(LOCALHOST, a.localPort(), new byte[] {1}, 0, 1);
        peer.send(LOCALHOST, a.localPort(), new byte[] {2}, 0, 1);
        byte[] got = new byte[1];
        assertEquals(1, a.receive(got, 0, 1, 1_000_000_000L));
        assertEquals(2, got[0], "the stranger's datagram is dropped");
        int closedPort = peer.localPort();
        peer.close();
        a.send(LOCALHOST, 0, new byte[1], 0, 1); // port 0: to the connected peer
        assertThrows(PortUnreachableException.class, () -> a.receive(got, 0, 1, 1_000_000_000L));
        assertThrows(SocketTimeoutException.class, () -> a.receive(got, 0, 1, 20_000_000L), "reported once");
        a.disconnect();
        a.send(LOCALHOST, closedPort, new byte[1], 0, 1);
        assertThrows(SocketTimeoutException.class, () -> a.receive(got, 0, 1, 50_000_000L), "unconnected: no error");
        a.close();
        stranger.close();
    }

    @Test
    void portsAreExclusiveAndBroadcastNeedsTheFlag() throws Exception {
        UdpEndpoint a = UdpEndpoint.bind(stack, 0);
        assertThrows(BindException.class, () -> UdpEndpoint.bind(stack, a.localPort()));
        SocketException denied = assertThrows(SocketException.class, () -> a.send(-1, 9, new byte[1], 0, 1));
        assertEquals("Permission denied", denied.getMessage());
        assertThrows(SocketException.class, () -> a.send(LOCALHOST, 0, new byte[1], 0, 1));
        a.close();
        UdpEndpoint.bind(stack, a.localPort()).close(); // free again once closed
    }
}
