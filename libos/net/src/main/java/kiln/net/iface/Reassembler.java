package kiln.net.iface;

import java.util.ArrayList;

import kiln.net.Drop;
import kiln.net.NetStats;
import kiln.net.PacketBuffer;
import kiln.net.wire.Ipv4;

/**
 * IPv4 fragment reassembly (RFC 791 §3.2, RFC 815). Datagrams are identified by source, destination,
 * protocol and identification. Limits keep hostile fragments from holding memory: a cap on the
 * buffer bytes of all datagrams together (the oldest is evicted to make room), on their number, and
 * on the time each may take.
 *
 * <p>Overlaps: an exact duplicate of a fragment already held is ignored (links duplicate frames);
 * any other overlap discards the whole datagram, as RFC 5722 requires for IPv6 and as is common
 * practice for IPv4, because overlapping fragments are an attack on filters, never a normal event.
 */
final class Reassembler {
    private final StackLimits limits;
    private final NetStats stats;
    private final ArrayList<Partial> partials = new ArrayList<>();
    private int memory;

    /** One datagram being reassembled; payload bytes live at data[HEADROOM + offset]. */
    private static final class Partial {
        final int src;
        final int dst;
        final int protocol;
        final int ident;
        final long deadline;
        byte[] data = new byte[0];
        /** Received ranges [start, end) in payload offsets, unordered. */
        int[] ranges = new int[8];
        int rangeCount;
        int received;
        /** Payload length, known once the last fragment (MF clear) has arrived; -1 before. */
        int total = -1;
        /** Header of the first fragment, kept for ICMP errors about the datagram. */
        final byte[] firstHeader = new byte[Ipv4.MAX_HEADER];
        int firstHeaderLength;

        Partial(int src, int dst, int protocol, int ident, long deadline) {
            this.src = src;
            this.dst = dst;
            this.protocol = protocol;
            this.ident = ident;
            this.deadline = deadline;
        }
    }

    /** Length of the header {@link #add} copied out with the last completed datagram. */
    int completedHeaderLength;

    Reassembler(StackLimits limits, NetStats stats) {
        this.limits = limits;
        this.stats = stats;
    }

    int datagramsInProgress() {
        return partials.size();
    }

    int memoryInUse() {
        return memory;
    }

    /**
     * Adds the fragment whose IPv4 header is at {@code d[ip]} (already checked). Returns the whole
     * datagram's payload (view = payload, with {@link PacketBuffer#HEADROOM} in front) when this
     * fragment completes it, with the first fragment's header copied into {@code headerOut}; else null.
     */
    PacketBuffer add(byte[] d, int ip, long now, byte[] headerOut) {
        int hl = Ipv4.headerLength(d, ip);
        int len = Ipv4.totalLength(d, ip) - hl;
        int offset = Ipv4.fragmentOffset(d, ip);
        boolean more = Ipv4.moreFragments(d, ip);
        int end = offset + len;
        if (end + hl > Ipv4.MAX_TOTAL) {
            stats.drop(Drop.FRAG_TOO_LONG);
            return null;
        }
        // RFC 791: every fragment but the last carries a multiple of 8 bytes.
        if (more && (len == 0 || (len & 7) != 0)) {
            stats.drop(Drop.FRAG_MALFORMED);
            return null;
        }
        int src = Ipv4.src(d, ip);
        int dst = Ipv4.dst(d, ip);
        int proto = Ipv4.protocol(d, ip);
        int ident = Ipv4.ident(d, ip);
        int index = find(src, dst, proto, ident);
        Partial p;
        if (index < 0) {
            if (partials.size() >= limits.reassemblyDatagrams()) {
                evict(0, Drop.FRAG_MEMORY);
            }
            p = new Partial(src, dst, proto, ident, now + limits.reassemblyNanos());
            partials.add(p);
            index = partials.size() - 1;
        } else {
            p = partials.get(index);
        }
        // Consistency of the end: a last fragment fixes the length, nothing may reach past it.
        if ((!more && p.total >= 0 && p.total != end) || (p.total >= 0 && end > p.total)) {
            evict(index, Drop.FRAG_OVERLAP);
            return null;
        }
        for (int r = 0; r < p.rangeCount; r++) {
            int s = p.ranges[2 * r];
            int e = p.ranges[2 * r + 1];
            if (s == offset && e == end) {
                stats.drop(Drop.FRAG_DUPLICATE);
                return null;
            }
            if (offset < e && s < end) {
                evict(index, Drop.FRAG_OVERLAP);
                return null;
            }
        }
        if (!more) {
            for (int r = 0; r < p.rangeCount; r++) {
                if (p.ranges[2 * r + 1] > end) {
                    evict(index, Drop.FRAG_OVERLAP);
                    return null;
                }
            }
            p.total = end;
        }
        if (!ensureCapacity(p, end)) {
            return null;
        }
        System.arraycopy(d, ip + hl, p.data, PacketBuffer.HEADROOM + offset, len);
        if (p.rangeCount * 2 == p.ranges.length) {
            int[] bigger = new int[p.ranges.length * 2];
            System.arraycopy(p.ranges, 0, bigger, 0, p.ranges.length);
            p.ranges = bigger;
        }
        p.ranges[2 * p.rangeCount] = offset;
        p.ranges[2 * p.rangeCount + 1] = end;
        p.rangeCount++;
        p.received += len;
        if (offset == 0) {
            System.arraycopy(d, ip, p.firstHeader, 0, hl);
            p.firstHeaderLength = hl;
        }
        // No overlaps are held, so the byte count alone says whether every byte has arrived.
        if (p.total < 0 || p.received != p.total) {
            return null;
        }
        partials.remove(p);
        memory -= p.data.length;
        System.arraycopy(p.firstHeader, 0, headerOut, 0, p.firstHeaderLength);
        completedHeaderLength = p.firstHeaderLength;
        PacketBuffer whole = new PacketBuffer(p.data);
        whole.start = PacketBuffer.HEADROOM;
        whole.end = PacketBuffer.HEADROOM + p.total;
        stats.reassembled++;
        return whole;
    }

    /** Grows p's buffer to hold {@code end} payload bytes, evicting the oldest other datagrams to stay under the limit. */
    private boolean ensureCapacity(Partial p, int end) {
        int need = PacketBuffer.HEADROOM + end;
        if (p.data.length >= need) {
            return true;
        }
        // Grow to the known total, else to the end seen so far: no doubling, memory is the scarce thing.
        int size = PacketBuffer.HEADROOM + Math.max(end, p.total);
        int extra = size - p.data.length;
        while (memory + extra > limits.reassemblyBytes()) {
            int oldest = partials.get(0) == p ? (partials.size() > 1 ? 1 : -1) : 0;
            if (oldest < 0) {
                evict(partials.indexOf(p), Drop.FRAG_MEMORY);
                return false;
            }
            evict(oldest, Drop.FRAG_MEMORY);
        }
        byte[] bigger = new byte[size];
        System.arraycopy(p.data, 0, bigger, 0, p.data.length);
        memory += extra;
        p.data = bigger;
        return true;
    }

    private int find(int src, int dst, int proto, int ident) {
        for (int i = 0; i < partials.size(); i++) {
            Partial p = partials.get(i);
            if (p.ident == ident && p.src == src && p.dst == dst && p.protocol == proto) {
                return i;
            }
        }
        return -1;
    }

    private void evict(int index, Drop reason) {
        Partial p = partials.remove(index);
        memory -= p.data.length;
        stats.drop(reason);
    }

    /** Drops datagrams whose time is up (RFC 791: the reassembly timer). */
    void expire(long now) {
        for (int i = partials.size() - 1; i >= 0; i--) {
            if (partials.get(i).deadline <= now) {
                evict(i, Drop.FRAG_TIMEOUT);
            }
        }
    }

    long nextDeadline() {
        long t = Long.MAX_VALUE;
        for (Partial p : partials) {
            t = Math.min(t, p.deadline);
        }
        return t;
    }
}
