package kiln.net.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two hosts, A (client, 10.0.0.1) and B (server, 10.0.0.2), on a {@link SimNet}; helpers for scenarios. */
@ExtendWith(PcapOnFailure.class)
abstract class TcpTestBase {
    static final long MS = SimNet.MS;
    static final long SEC = SimNet.SEC;
    static final int IP_A = 0x0a000001;
    static final int IP_B = 0x0a000002;
    static final int PORT = 8080;

    SimNet net;
    SimNet.Host a;
    SimNet.Host b;
    TcpListener listener;

    /** Default config for scenarios: RFC defaults except a lower min RTO to keep traces short. */
    static TcpConfig config() {
        TcpConfig c = new TcpConfig();
        c.minRto = 200 * MS;
        return c;
    }

    void setUp(TcpConfig ca, TcpConfig cb) {
        net = new SimNet(42);
        a = net.addHost(IP_A, ca);
        b = net.addHost(IP_B, cb);
    }

    void setUp() {
        setUp(config(), config());
    }

    /** Connects A to B:PORT and returns {client, server}. */
    TcpConnection[] establish() {
        if (listener == null) {
            listener = b.tcp.listen(PORT, 8);
        }
        TcpConnection c = a.tcp.connect(IP_A, IP_B, PORT);
        TcpConnection[] server = new TcpConnection[1];
        assertTrue(net.runUntil(() -> c.state() == TcpState.ESTABLISHED && (server[0] = listener.accept()) != null, 5 * SEC),
                "handshake did not complete: " + c);
        assertNotNull(server[0]);
        assertEquals(TcpState.ESTABLISHED, server[0].state());
        return new TcpConnection[] {c, server[0]};
    }

    /** Writes all of {@code data} into {@code c}, running the network while the send buffer is full. */
    void writeAll(TcpConnection c, byte[] data) {
        int[] off = {0};
        assertTrue(net.runUntil(() -> {
            if (off[0] < data.length) {
                int n = c.write(data, off[0], data.length - off[0]);
                assertTrue(n >= 0, "write failed: " + c);
                off[0] += n;
            }
            return off[0] == data.length;
        }, 600 * SEC), "could not write everything");
    }

    /** Reads from {@code c} until {@code n} bytes arrived. */
    byte[] readN(TcpConnection c, int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        assertTrue(net.runUntil(() -> {
            int k;
            while ((k = c.read(buf, 0, buf.length)) > 0) {
                out.write(buf, 0, k);
            }
            return out.size() >= n;
        }, 600 * SEC), "only " + out.size() + " of " + n + " bytes arrived");
        return out.toByteArray();
    }

    static byte[] pattern(int n, int seed) {
        byte[] d = new byte[n];
        java.util.Random r = new java.util.Random(seed);
        r.nextBytes(d);
        return d;
    }

    static boolean dataSegment(TcpSegment s) {
        return s.payloadLength > 0;
    }
}
