package kiln.net.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The connection table against java.util.HashMap under random inserts and deletes. */
class ConnectionTableTest {
    @Test
    void behavesLikeAMap() {
        SimNet net = new SimNet(1);
        SimNet.Host h = net.addHost(1, new TcpConfig());
        TcpConnection[] conns = new TcpConnection[64];
        for (int i = 0; i < conns.length; i++) {
            conns[i] = new TcpConnection(h.tcp, 1, 1000 + i, 2, 80, null);
        }
        ConnectionTable t = new ConnectionTable();
        HashMap<Long, TcpConnection> ref = new HashMap<>();
        Random r = new Random(3);
        for (int step = 0; step < 200_000; step++) {
            long key = r.nextInt(500) * 0x10001L; // few distinct keys, clustered bits: many collisions
            switch (r.nextInt(3)) {
                case 0 -> {
                    TcpConnection c = conns[r.nextInt(conns.length)];
                    t.put(key, c);
                    ref.put(key, c);
                }
                case 1 -> {
                    t.remove(key);
                    ref.remove(key);
                }
                default -> assertSame(ref.get(key), t.get(key));
            }
            assertEquals(ref.size(), t.size());
        }
        for (long k = 0; k < 500; k++) {
            assertSame(ref.get(k * 0x10001L), t.get(k * 0x10001L));
        }
    }
}
