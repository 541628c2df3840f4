package kiln.net;

/**
 * A transport protocol above IPv4 (ICMP, UDP, TCP), registered with the stack under its IP protocol
 * number. The stack has already validated the IPv4 header and reassembled fragments.
 */
public interface ProtocolHandler {
    /**
     * One datagram's payload: {@code payload[start, end)} is the transport header and data, addressed
     * from {@code srcIp} to {@code dstIp}. Ownership of the buffer passes to the handler, which may keep
     * it (for a receive queue) or reuse it to reply: there is at least 34 bytes of headroom in front of
     * start (Ethernet + IPv4 header). The handler must not throw on malformed bytes.
     */
    void receive(PacketBuffer payload, int srcIp, int dstIp);

    /**
     * An ICMP destination unreachable (RFC 792) about a datagram this protocol sent. {@code quoted}
     * views the original IPv4 header followed by at least 8 bytes of its payload (the ports); the
     * view is only valid during the call. Protocols that do not care ignore it.
     */
    default void destinationUnreachable(int code, PacketBuffer quoted) {
    }
}
