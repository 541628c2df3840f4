package kiln.tests.net;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * A DNS server for one name, for the network tests (run in a network namespace with
 * {@code TinyDnsServer BIND_ADDR NAME A.B.C.D}): answers an A query for NAME with the address
 * (TTL 60), any other name with NXDOMAIN (RFC 1035 §4.1). Serves until killed.
 */
public final class TinyDnsServer {
    public static void main(String[] args) throws Exception {
        String name = args[1].toLowerCase();
        byte[] addr = InetAddress.getByName(args[2]).getAddress();
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(args[0], 53))) {
            System.out.println("dns ready");
            byte[] buf = new byte[512];
            for (;;) {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                s.receive(p);
                byte[] reply = answer(buf, p.getLength(), name, addr);
                if (reply != null) {
                    s.send(new DatagramPacket(reply, reply.length, p.getSocketAddress()));
                }
            }
        }
    }

    /** The reply to a one-question query, or null for something that is not one. */
    static byte[] answer(byte[] q, int len, String name, byte[] addr) {
        if (len < 17 || (q[2] & 0x80) != 0 || q[4] != 0 || q[5] != 1) {
            return null;
        }
        StringBuilder qname = new StringBuilder();
        int i = 12;
        while (i < len && q[i] != 0) {
            int n = q[i] & 0xff;
            if (n > 63 || i + 1 + n > len) {
                return null;
            }
            qname.append(qname.isEmpty() ? "" : ".").append(new String(q, i + 1, n, java.nio.charset.StandardCharsets.US_ASCII));
            i += 1 + n;
        }
        int questionEnd = i + 5; // zero label, type, class
        if (questionEnd > len) {
            return null;
        }
        boolean found = qname.toString().equalsIgnoreCase(name) && q[i + 1] == 0 && q[i + 2] == 1;
        ByteBuffer r = ByteBuffer.allocate(questionEnd + 16);
        r.put(q, 0, 2);                               // id
        r.put((byte) 0x81).put((byte) (found ? 0x80 : 0x83)); // response, RD; RA; NOERROR or NXDOMAIN
        r.putShort((short) 1).putShort((short) (found ? 1 : 0)).putShort((short) 0).putShort((short) 0);
        r.put(q, 12, questionEnd - 12);
        if (found) {
            r.putShort((short) 0xc00c).putShort((short) 1).putShort((short) 1).putInt(60).putShort((short) 4).put(addr);
        }
        byte[] out = new byte[r.position()];
        r.flip().get(out);
        return out;
    }
}
