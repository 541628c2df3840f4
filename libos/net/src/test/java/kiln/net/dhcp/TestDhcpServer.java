package kiln.net.dhcp;

import java.util.ArrayList;
import java.util.List;

import kiln.net.IpAddr;
import kiln.net.udp.UdpSocket;

/**
 * A tiny DHCP server for tests (RFC 2131 §4.3, only what the client needs): offers one address,
 * ACKs requests for it, and can be told to stay silent or to NAK. Encodes its replies by hand,
 * independently of the client's code.
 */
final class TestDhcpServer implements Runnable {
    final int serverIp;
    final int offerIp;
    final UdpSocket socket;
    long leaseSeconds = 100;
    boolean silent;
    boolean nak;
    /** Message types received, in order (1 = DISCOVER, 3 = REQUEST). */
    final List<Integer> received = new ArrayList<>();
    /** Whether each received message's destination was a broadcast (ciaddr 0 requests) or unicast: recorded as ciaddr. */
    final List<Integer> ciaddrs = new ArrayList<>();
    private final byte[] buf = new byte[1500];

    TestDhcpServer(UdpSocket socket, int serverIp, int offerIp) {
        this.socket = socket;
        this.serverIp = serverIp;
        this.offerIp = offerIp;
    }

    @Override
    public void run() {
        int n;
        while ((n = socket.receive(buf, 0, buf.length)) >= 0) {
            int type = optionByte(n, 53);
            received.add(type);
            ciaddrs.add(IpAddr.read(buf, 12));
            if (silent) {
                continue;
            }
            if (type == DhcpMessage.DISCOVER) {
                reply(DhcpMessage.OFFER);
            } else if (type == DhcpMessage.REQUEST) {
                reply(nak ? DhcpMessage.NAK : DhcpMessage.ACK);
            }
        }
    }

    private int optionByte(int n, int code) {
        for (int i = 240; i + 2 < n && (buf[i] & 0xff) != 255; i += 2 + (buf[i + 1] & 0xff)) {
            if ((buf[i] & 0xff) == code) {
                return buf[i + 2] & 0xff;
            }
        }
        return -1;
    }

    private void reply(int type) {
        byte[] r = new byte[300];
        r[0] = 2;
        r[1] = 1;
        r[2] = 6;
        System.arraycopy(buf, 4, r, 4, 4); // xid
        if (type != DhcpMessage.NAK) {
            IpAddr.write(r, 16, offerIp);
        }
        System.arraycopy(buf, 28, r, 28, 16); // chaddr
        IpAddr.write(r, 236, 0x63825363);
        int i = 240;
        r[i++] = 53;
        r[i++] = 1;
        r[i++] = (byte) type;
        r[i++] = 54;
        r[i++] = 4;
        IpAddr.write(r, i, serverIp);
        i += 4;
        if (type != DhcpMessage.NAK) {
            r[i++] = 51;
            r[i++] = 4;
            IpAddr.write(r, i, (int) leaseSeconds);
            i += 4;
            r[i++] = 1;
            r[i++] = 4;
            IpAddr.write(r, i, 0xffffff00);
            i += 4;
            r[i++] = 3;
            r[i++] = 4;
            IpAddr.write(r, i, serverIp);
            i += 4;
            r[i++] = 6;
            r[i++] = 8; // two DNS servers: the client takes the first
            IpAddr.write(r, i, IpAddr.parse("10.0.0.3"));
            IpAddr.write(r, i + 4, IpAddr.parse("10.0.0.4"));
            i += 8;
        }
        r[i] = (byte) 255;
        int ciaddr = IpAddr.read(buf, 12);
        // RFC 2131 §4.1: to a client without an address, broadcast; to one renewing, unicast to ciaddr.
        socket.sendTo(ciaddr != 0 ? ciaddr : IpAddr.BROADCAST, 68, r, 0, r.length);
    }
}
