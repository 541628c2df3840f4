package kiln.net.tcp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import kiln.net.IpOutput;
import kiln.net.PacketBuffer;

/**
 * A tiny simulated IP network for TCP tests: hosts, each with its own {@link TcpLayer}, joined by a
 * pipe with a delay and seeded loss, duplication and reordering, all on one virtual clock. Every
 * segment sent is copied (like a NIC would) and kept in a trace that can be written as a pcap.
 */
final class SimNet {
    static final long MS = 1_000_000L;
    static final long SEC = 1_000 * MS;
    /** The net of the running test, for {@link PcapOnFailure}. */
    static SimNet current;

    long now = 1_000 * SEC; // not zero, so "time 0" bugs show up
    final Random random;
    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private long order;
    final List<Host> hosts = new ArrayList<>();
    private final ArrayDeque<Pcap.Packet> trace = new ArrayDeque<>();
    int traceLimit = 100_000;

    SimNet(long seed) {
        random = new Random(seed);
        current = this;
    }

    private record Event(long time, long order, Runnable action) implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            return time != o.time ? Long.compare(time, o.time) : Long.compare(order, o.order);
        }
    }

    /** One host: its address, its TCP layer, and the impairments of the pipe leaving it. */
    final class Host implements IpOutput {
        final int ip;
        final TcpLayer tcp;
        long delay = 5 * MS;
        double loss;
        double duplicate;
        /** Probability that a segment gets an extra delay of up to {@link #reorderDelay}. */
        double reorder;
        long reorderDelay = 3 * MS;
        int maxPayload = 1480;
        /** Segments for which this returns true are dropped (scripted loss); sees the parsed segment. */
        Predicate<TcpSegment> dropIf = s -> false;
        /** Everything this host sent, parsed (only while {@link #keepSent}). */
        final List<TcpSegment> sent = new ArrayList<>();
        /** Virtual send time of each entry of {@link #sent}. */
        final List<Long> sentAt = new ArrayList<>();
        boolean keepSent = true;

        Host(int ip, TcpConfig cfg, long seed) {
            this.ip = ip;
            Random r = new Random(seed);
            this.tcp = new TcpLayer(this, () -> now, r::nextLong, cfg);
        }

        @Override
        public boolean send(PacketBuffer buf, int srcIp, int dstIp, int protocol) {
            if (protocol != TcpSegment.PROTOCOL || srcIp != ip) {
                throw new AssertionError("bad send: protocol " + protocol + " from " + srcIp);
            }
            if (buf.start < PacketBuffer.HEADROOM - 60) {
                throw new AssertionError("TCP left too little headroom for IP and Ethernet: " + buf.start);
            }
            byte[] bytes = java.util.Arrays.copyOfRange(buf.data, buf.start, buf.end);
            TcpSegment s = parse(bytes, srcIp, dstIp);
            if (keepSent) {
                sent.add(s);
                sentAt.add(now);
            }
            record(srcIp, dstIp, bytes);
            if (dropIf.test(s) || random.nextDouble() < loss) {
                return true;
            }
            long at = now + delay + (random.nextDouble() < reorder ? (long) (random.nextDouble() * reorderDelay) : 0);
            schedule(at, () -> deliver(bytes, srcIp, dstIp));
            if (random.nextDouble() < duplicate) {
                schedule(at + random.nextInt(1000) * 1000L, () -> deliver(bytes, srcIp, dstIp));
            }
            return true;
        }

        @Override
        public int maxPayload(int dstIp) {
            return maxPayload;
        }

        /** When the given segment (an element of {@link #sent}) was sent. */
        long timeOf(TcpSegment s) {
            for (int i = 0; i < sent.size(); i++) {
                if (sent.get(i) == s) {
                    return sentAt.get(i);
                }
            }
            throw new AssertionError("not sent by this host");
        }

        TcpSegment last() {
            return sent.get(sent.size() - 1);
        }

        /** Segments sent by this host that match, in order. */
        List<TcpSegment> sent(Predicate<TcpSegment> p) {
            return sent.stream().filter(p).toList();
        }
    }

    Host addHost(int ip, TcpConfig cfg) {
        Host h = new Host(ip, cfg, random.nextLong());
        hosts.add(h);
        return h;
    }

    /** Delivers a hand-made segment to {@code to} as if it came from {@code srcIp}, after {@code delay}. */
    void inject(Host to, int srcIp, byte[] segment, long delay) {
        record(srcIp, to.ip, segment);
        schedule(now + delay, () -> to.tcp.receive(new PacketBuffer(segment), srcIp, to.ip));
    }

    void schedule(long at, Runnable r) {
        events.add(new Event(at, order++, r));
    }

    private void deliver(byte[] bytes, int srcIp, int dstIp) {
        for (Host h : hosts) {
            if (h.ip == dstIp) {
                h.tcp.receive(new PacketBuffer(bytes), srcIp, dstIp);
                return;
            }
        }
    }

    private void record(int src, int dst, byte[] bytes) {
        if (trace.size() >= traceLimit) {
            trace.pollFirst();
        }
        trace.addLast(new Pcap.Packet(now, src, dst, bytes));
    }

    List<Pcap.Packet> trace() {
        return new ArrayList<>(trace);
    }

    /** Runs events and timers for {@code duration} of virtual time. */
    void run(long duration) {
        runUntil(() -> false, duration);
    }

    /** Runs until {@code done} holds (checked after every event) or {@code maxDuration} passes; returns done. */
    boolean runUntil(BooleanSupplier done, long maxDuration) {
        long limit = now + maxDuration;
        while (!done.getAsBoolean()) {
            long next = events.isEmpty() ? Long.MAX_VALUE : events.peek().time();
            for (Host h : hosts) {
                next = Math.min(next, h.tcp.nextDeadline());
            }
            if (next > limit) {
                now = limit;
                return done.getAsBoolean();
            }
            now = Math.max(now, next);
            while (!events.isEmpty() && events.peek().time() <= now) {
                events.poll().action().run();
            }
            for (Host h : hosts) {
                if (h.tcp.nextDeadline() <= now) {
                    h.tcp.onTimers(now);
                }
            }
        }
        return true;
    }

    static TcpSegment parse(byte[] bytes, int srcIp, int dstIp) {
        TcpSegment s = new TcpSegment();
        TcpDrop bad = s.parse(new PacketBuffer(bytes), srcIp, dstIp);
        if (bad != null) {
            throw new AssertionError("stack sent a malformed segment: " + bad);
        }
        return s;
    }

    /** Builds a segment with the stack's own encoder (for injection). */
    static byte[] segment(int srcIp, int dstIp, int srcPort, int dstPort, int seq, int ack, int flags, int window,
                          byte[] payload, boolean ts, int tsVal, int tsEcr) {
        PacketBuffer b = new PacketBuffer(PacketBuffer.HEADROOM + payload.length).resetForPayload();
        System.arraycopy(payload, 0, b.data, b.end, payload.length);
        b.end += payload.length;
        TcpEncoder.encode(b, srcIp, dstIp, srcPort, dstPort, seq, ack, flags, window, -1, -1, ts, tsVal, tsEcr, false);
        return java.util.Arrays.copyOfRange(b.data, b.start, b.end);
    }
}
