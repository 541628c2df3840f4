package kiln.net.tcp;

/**
 * Initial sequence numbers per RFC 6528 §3: {@code ISN = M + F(localip, localport, remoteip,
 * remoteport, secretkey)}, where M is a timer ticking every 4 microseconds and F is SipHash-2-4 keyed
 * with 128 secret bits drawn once from the layer's entropy source. An off-path attacker cannot predict
 * the ISN of a connection, yet successive incarnations of one 4-tuple still get increasing ISNs, which
 * keeps old duplicates out (RFC 9293 §3.4.1).
 */
final class IsnGenerator {
    private final SipHash prf;
    private final byte[] msg = new byte[12];

    IsnGenerator(long k0, long k1) {
        prf = new SipHash(k0, k1);
    }

    int isn(int localIp, int localPort, int remoteIp, int remotePort, long nowNanos) {
        put32(0, localIp);
        put32(4, remoteIp);
        put32(8, (localPort << 16) | (remotePort & 0xffff));
        int f = (int) prf.hash(msg, 0, msg.length);
        int m = (int) (nowNanos / 4000);
        return m + f;
    }

    private void put32(int off, int v) {
        msg[off] = (byte) (v >>> 24);
        msg[off + 1] = (byte) (v >>> 16);
        msg[off + 2] = (byte) (v >>> 8);
        msg[off + 3] = (byte) v;
    }
}
