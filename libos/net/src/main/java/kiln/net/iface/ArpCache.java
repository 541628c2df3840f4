package kiln.net.iface;

import kiln.net.Drop;
import kiln.net.NetStats;
import kiln.net.PacketBuffer;

/**
 * The neighbour table (RFC 826, RFC 1122 §2.3.2): IPv4 address to MAC, with an expiry per entry, and
 * for an address still being resolved a bounded queue of datagrams waiting for the answer
 * (RFC 1122 §2.3.2.2 asks to keep at least one). Fixed-size parallel arrays, allocated once: looking up
 * or learning a neighbour allocates nothing.
 */
final class ArpCache {
    static final int FREE = 0;
    static final int PENDING = 1;
    static final int RESOLVED = 2;

    private final StackLimits limits;
    private final NetStats stats;
    private final int[] ip;
    private final byte[][] mac;
    private final int[] state;
    /** RESOLVED: when the entry expires; PENDING: when the next request is due. */
    private final long[] time;
    private final int[] requests;
    private final PacketBuffer[][] queue;
    private final int[] queued;
    private int queuedTotal;

    ArpCache(StackLimits limits, NetStats stats) {
        this.limits = limits;
        this.stats = stats;
        int n = limits.arpEntries();
        ip = new int[n];
        mac = new byte[n][6];
        state = new int[n];
        time = new long[n];
        requests = new int[n];
        queue = new PacketBuffer[n][limits.arpPendingPerHop()];
        queued = new int[n];
    }

    int find(int addr) {
        for (int i = 0; i < ip.length; i++) {
            if (state[i] != FREE && ip[i] == addr) {
                return i;
            }
        }
        return -1;
    }

    /** The MAC of a resolved neighbour, or null. The array is the cache's own: copy, don't keep. */
    byte[] lookup(int addr) {
        int i = find(addr);
        return i >= 0 && state[i] == RESOLVED ? mac[i] : null;
    }

    int state(int i) {
        return state[i];
    }

    /**
     * Records {@code addr} at {@code d[off, off+6)}. With {@code create} false only an existing entry is
     * updated (RFC 826's merge step). Returns the entry's index, or -1.
     */
    int learn(int addr, byte[] d, int off, boolean create, long now) {
        int i = find(addr);
        if (i < 0) {
            if (!create) {
                return -1;
            }
            i = allocate(addr);
            if (i < 0) {
                stats.drop(Drop.ARP_TABLE_FULL);
                return -1;
            }
        }
        System.arraycopy(d, off, mac[i], 0, 6);
        state[i] = RESOLVED;
        time[i] = now + limits.arpReachableNanos();
        return i;
    }

    /** Removes and returns the next datagram queued on entry i, or null. */
    PacketBuffer takeQueued(int i) {
        if (queued[i] == 0) {
            return null;
        }
        PacketBuffer b = queue[i][0];
        System.arraycopy(queue[i], 1, queue[i], 0, queued[i] - 1);
        queue[i][--queued[i]] = null;
        queuedTotal--;
        return b;
    }

    /**
     * Queues a datagram for an unresolved next hop. Returns 1 if a new entry was created (the caller
     * sends the first request), 0 if queued on an existing one, -1 if dropped (counted).
     */
    int enqueue(int addr, PacketBuffer b, long now) {
        int i = find(addr);
        boolean created = false;
        if (i < 0) {
            i = allocate(addr);
            if (i < 0) {
                stats.drop(Drop.ARP_TABLE_FULL);
                return -1;
            }
            state[i] = PENDING;
            requests[i] = 1;
            time[i] = now + limits.arpRetryNanos();
            created = true;
        }
        if (queued[i] == queue[i].length || queuedTotal >= limits.arpPendingTotal()) {
            stats.drop(Drop.ARP_QUEUE_FULL);
            return created ? 1 : -1;
        }
        queue[i][queued[i]++] = b;
        queuedTotal++;
        return created ? 1 : 0;
    }

    /** A free slot, else the resolved entry closest to expiry; pending entries are never evicted. */
    private int allocate(int addr) {
        int victim = -1;
        for (int i = 0; i < ip.length; i++) {
            if (state[i] == FREE) {
                victim = i;
                break;
            }
            if (state[i] == RESOLVED && (victim < 0 || time[i] < time[victim])) {
                victim = i;
            }
        }
        if (victim >= 0) {
            ip[victim] = addr;
            state[victim] = FREE;
        }
        return victim;
    }

    /** Callback for {@link #expire}: send another request for an address. */
    interface Requester {
        void request(int addr);
    }

    /** Ages entries: expired neighbours are forgotten, pending ones re-requested or given up (their queue dropped). */
    void expire(long now, Requester requester) {
        for (int i = 0; i < ip.length; i++) {
            if (state[i] == FREE || time[i] > now) {
                continue;
            }
            if (state[i] == RESOLVED) {
                state[i] = FREE;
            } else if (requests[i] >= limits.arpMaxRequests()) {
                while (takeQueued(i) != null) {
                    stats.drop(Drop.ARP_UNRESOLVED);
                }
                state[i] = FREE;
            } else {
                requests[i]++;
                time[i] = now + limits.arpRetryNanos();
                requester.request(ip[i]);
            }
        }
    }

    long nextDeadline() {
        long t = Long.MAX_VALUE;
        for (int i = 0; i < ip.length; i++) {
            if (state[i] != FREE && time[i] < t) {
                t = time[i];
            }
        }
        return t;
    }
}
