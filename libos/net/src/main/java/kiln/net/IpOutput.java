package kiln.net;

/** What a transport protocol (UDP, TCP, ICMP) needs from the IPv4 layer to send. */
public interface IpOutput {
    /**
     * Sends {@code buf[start, end)} as the payload of one IPv4 datagram. The buffer must have
     * {@link PacketBuffer#HEADROOM} minus the transport header's size free in front of start;
     * ownership passes to the IP layer, with one restriction: {@code data[start, end)} may be shared
     * with the sender (TCP keeps the first transmission of a segment in its retransmission queue
     * without copying it), so lower layers only write headers in front of {@code start}, never
     * change the payload bytes, and never give the array to a driver's buffer pool. Returns false
     * if the datagram was dropped locally (no route, ARP queue full, payload larger than the path
     * allows with don't-fragment).
     */
    boolean send(PacketBuffer buf, int srcIp, int dstIp, int protocol);

    /**
     * True if a datagram to {@code dstIp} may leave with a partial transport checksum
     * ({@link PacketBuffer#csumStart}): the device completes it (checksum offload), or the
     * datagram never leaves this host.
     */
    default boolean completesChecksums(int dstIp) {
        return false;
    }

    /** Largest transport segment (IP payload) that reaches {@code dstIp} unfragmented. */
    int maxPayload(int dstIp);
}
