package kiln.net.sim;

import java.util.PriorityQueue;
import java.util.Random;

import kiln.net.Clock;
import kiln.net.NetworkInterface;
import kiln.net.PacketBuffer;

/**
 * An in-memory Ethernet cable between two {@link NetworkInterface} ports, on virtual time. Each frame
 * is copied when transmitted (as a wire would) and delivered to the other port after a delay; a
 * seeded random source decides which frames are lost, duplicated or held back (so later frames
 * overtake them). The same seed and the same traffic give the same run.
 */
public final class SimLink {
    /**
     * Link behaviour. Probabilities are per frame, 0..1. {@code reorderDelayNanos} is the extra delay
     * of a frame chosen for reordering.
     */
    public record Conditions(double loss, double duplicate, double reorder, long delayNanos, long jitterNanos,
            long reorderDelayNanos) {
        public static final Conditions PERFECT = new Conditions(0, 0, 0, 100_000, 0, 0);

        public static Conditions lossy(double loss, double duplicate, double reorder) {
            return new Conditions(loss, duplicate, reorder, 100_000, 50_000, 2_000_000);
        }
    }

    /** Observes every frame when it is delivered (for pcap dumps). */
    public interface Tap {
        void frame(long timeNanos, byte[] data, int off, int len);
    }

    private final Clock clock;
    private final Random random;
    private Conditions conditions;
    private Tap tap;
    private long sequence;
    private final Port a;
    private final Port b;
    public long sent;
    public long lost;
    public long duplicated;
    public long reordered;

    private record InFlight(long due, long seq, byte[] bytes) implements Comparable<InFlight> {
        @Override
        public int compareTo(InFlight o) {
            return due != o.due ? Long.compare(due, o.due) : Long.compare(seq, o.seq);
        }
    }

    public SimLink(Clock clock, long seed, Conditions conditions, byte[] macA, byte[] macB, int mtu) {
        this.clock = clock;
        this.random = new Random(seed);
        this.conditions = conditions;
        this.a = new Port(macA, mtu);
        this.b = new Port(macB, mtu);
        a.peer = b;
        b.peer = a;
    }

    public Port a() {
        return a;
    }

    public Port b() {
        return b;
    }

    public void setConditions(Conditions c) {
        this.conditions = c;
    }

    public void setTap(Tap t) {
        this.tap = t;
    }

    /** Time the next frame arrives at either port, or {@link Long#MAX_VALUE} if nothing is in flight. */
    public long nextDelivery() {
        long t = Long.MAX_VALUE;
        if (!a.inbound.isEmpty()) {
            t = a.inbound.peek().due;
        }
        if (!b.inbound.isEmpty()) {
            t = Math.min(t, b.inbound.peek().due);
        }
        return t;
    }

    /** One end of the link. */
    public final class Port implements NetworkInterface {
        private final byte[] mac;
        private final int mtu;
        private final PriorityQueue<InFlight> inbound = new PriorityQueue<>();
        private Port peer;
        /** Frames waiting at this port at most; more are dropped as a full device queue would. */
        public int queueLimit = 4096;

        Port(byte[] mac, int mtu) {
            this.mac = mac.clone();
            this.mtu = mtu;
        }

        @Override
        public boolean transmit(PacketBuffer frame) {
            sent++;
            Conditions c = conditions;
            if (random.nextDouble() < c.loss()) {
                lost++;
                return true;
            }
            int copies = random.nextDouble() < c.duplicate() ? 2 : 1;
            if (copies == 2) {
                duplicated++;
            }
            for (int i = 0; i < copies; i++) {
                long delay = c.delayNanos() + (c.jitterNanos() > 0 ? (long) (random.nextDouble() * c.jitterNanos()) : 0);
                if (random.nextDouble() < c.reorder()) {
                    reordered++;
                    delay += c.reorderDelayNanos();
                }
                if (peer.inbound.size() >= peer.queueLimit) {
                    lost++;
                    continue;
                }
                byte[] copy = new byte[frame.length()];
                System.arraycopy(frame.data, frame.start, copy, 0, copy.length);
                peer.inbound.add(new InFlight(clock.nanoTime() + delay, sequence++, copy));
            }
            return true;
        }

        @Override
        public PacketBuffer receive() {
            InFlight f = inbound.peek();
            if (f == null || f.due > clock.nanoTime()) {
                return null;
            }
            inbound.poll();
            if (tap != null) {
                tap.frame(f.due, f.bytes, 0, f.bytes.length);
            }
            return new PacketBuffer(f.bytes);
        }

        /** Puts a frame on this port's inbound queue as if the peer had sent it now (raw peers in tests). */
        public void inject(byte[] frame) {
            inbound.add(new InFlight(clock.nanoTime(), sequence++, frame.clone()));
        }

        @Override
        public byte[] mac() {
            return mac.clone();
        }

        @Override
        public int mtu() {
            return mtu;
        }
    }
}
