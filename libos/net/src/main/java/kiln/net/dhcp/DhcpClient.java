package kiln.net.dhcp;

import kiln.net.Drop;
import kiln.net.Entropy;
import kiln.net.IpAddr;
import kiln.net.IpConfig;
import kiln.net.Pollable;
import kiln.net.iface.NetStack;
import kiln.net.udp.UdpSocket;
import kiln.net.wire.Ethernet;

/**
 * DHCP client (RFC 2131 §4.4): INIT → SELECTING → REQUESTING → BOUND → RENEWING → REBINDING, with
 * retransmission backoff (§4.1), T1/T2 timers (§4.4.5) and lease expiry, which removes the address
 * and starts over. It configures the stack it runs on when a lease is bound. Non-blocking: the stack's
 * poll loop drives it (it registers itself as a {@link Pollable}).
 *
 * <p>Not done: the optional 1-10 s random wait before the first DISCOVER (§4.4.1; skipped so a
 * unikernel boots fast), ARP probing of the offered address (§4.4.1 SHOULD, RFC 5227), INIT-REBOOT.
 */
public final class DhcpClient implements Pollable {
    public enum State { INIT, SELECTING, REQUESTING, BOUND, RENEWING, REBINDING }

    static final int SERVER_PORT = 67;
    static final int CLIENT_PORT = 68;
    private static final long SECOND = 1_000_000_000L;
    /** §4.1: the first retransmission after 4 s, doubling up to 64 s. */
    private static final long FIRST_TIMEOUT = 4 * SECOND;
    private static final long MAX_TIMEOUT = 64 * SECOND;
    /** REQUESTs sent in REQUESTING before giving up on the offer and starting again (§3.1 step 5). */
    private static final int MAX_REQUESTS = 4;
    /** §4.4.5: in RENEWING and REBINDING, retransmit after half the remaining time, but no sooner than 60 s. */
    private static final long MIN_RENEW_RETRY = 60 * SECOND;

    private final NetStack stack;
    private final Entropy entropy;
    private final UdpSocket socket;
    private final byte[] mac;
    private final byte[] out = new byte[576];
    private final byte[] in = new byte[1500];
    private final DhcpMessage msg = new DhcpMessage();

    private State state = State.INIT;
    private int xid;
    private long startedAt;
    private long nextSend = Long.MAX_VALUE;
    private long timeout;
    private int sent;
    private int offeredIp;
    private int serverId;
    private long t1;
    private long t2;
    private long expiry;
    private IpConfig lease;
    public long leasesBound;

    public DhcpClient(NetStack stack, Entropy entropy) {
        this.stack = stack;
        this.entropy = entropy;
        this.mac = stack.mac();
        this.socket = stack.udp().open(CLIENT_PORT, 8);
        stack.addPollable(this);
    }

    public State state() {
        return state;
    }

    /** The bound lease's configuration, or null. */
    public IpConfig lease() {
        return lease;
    }

    /** Absolute times (the stack clock) of renewal, rebinding and expiry of the current lease. */
    public long t1() {
        return t1;
    }

    public long t2() {
        return t2;
    }

    public long expiry() {
        return expiry;
    }

    /** Starts acquiring a lease (from INIT); does nothing if already started. */
    public void start() {
        if (state == State.INIT) {
            discover(stack.clock().nanoTime());
        }
    }

    private void discover(long now) {
        state = State.SELECTING;
        xid = (int) entropy.nextLong();
        startedAt = now;
        timeout = FIRST_TIMEOUT;
        sent = 0;
        send(DhcpMessage.DISCOVER, IpAddr.BROADCAST, 0, 0, 0);
        nextSend = now + jittered(timeout);
    }

    /** §4.1: the delay randomised by ±1 s so clients that booted together spread out. */
    private long jittered(long t) {
        return t - SECOND + Long.remainderUnsigned(entropy.nextLong(), 2 * SECOND + 1);
    }

    private void send(int type, int dst, int ciaddr, int requested, int server) {
        int secs = (int) Math.min(65535, (stack.clock().nanoTime() - startedAt) / SECOND);
        boolean broadcast = ciaddr == 0;
        int n = DhcpMessage.writeClientMessage(out, 0, type, xid, secs, broadcast, ciaddr, mac, requested, server);
        socket.sendTo(dst, SERVER_PORT, out, 0, n);
        sent++;
    }

    @Override
    public long nextDeadline() {
        if (socket.available() > 0) {
            return 0;
        }
        return switch (state) {
            case INIT -> Long.MAX_VALUE;
            case SELECTING, REQUESTING -> nextSend;
            case BOUND -> t1;
            case RENEWING -> Math.min(nextSend, t2);
            case REBINDING -> Math.min(nextSend, expiry);
        };
    }

    @Override
    public void poll(long now) {
        int n;
        while ((n = socket.receive(in, 0, in.length)) >= 0) {
            Drop r = msg.parse(in, 0, n);
            if (r != null) {
                stack.stats().drop(r);
            } else if (msg.op != DhcpMessage.BOOTREPLY || msg.xid != xid || !Ethernet.macEquals(msg.chaddr, 0, mac)) {
                stack.stats().drop(Drop.DHCP_IGNORED);
            } else {
                reply(now);
            }
        }
        timers(now);
    }

    private void reply(long now) {
        switch (state) {
            case SELECTING -> {
                if (msg.messageType != DhcpMessage.OFFER || msg.serverId == 0 || msg.yiaddr == 0) {
                    stack.stats().drop(Drop.DHCP_IGNORED);
                    return;
                }
                // The first acceptable offer wins (§4.4.1 lets the client choose any).
                offeredIp = msg.yiaddr;
                serverId = msg.serverId;
                state = State.REQUESTING;
                timeout = FIRST_TIMEOUT;
                sent = 0;
                send(DhcpMessage.REQUEST, IpAddr.BROADCAST, 0, offeredIp, serverId);
                nextSend = now + jittered(timeout);
            }
            case REQUESTING, RENEWING, REBINDING -> {
                if (msg.messageType == DhcpMessage.ACK && msg.leaseSeconds > 0 && msg.yiaddr != 0
                        && (state == State.REBINDING || msg.serverId == 0 || msg.serverId == serverId)) {
                    bind(now);
                } else if (msg.messageType == DhcpMessage.NAK
                        && (state == State.REBINDING || msg.serverId == serverId)) {
                    // §3.1 step 5 / §4.4.5: a NAK means start over without the address. Wait one
                    // retransmission period first, so a server that NAKs every time does not get a storm.
                    lease = null;
                    stack.configure(null);
                    state = State.SELECTING;
                    xid = (int) entropy.nextLong();
                    startedAt = now;
                    timeout = FIRST_TIMEOUT / 2;
                    nextSend = now + jittered(FIRST_TIMEOUT);
                } else {
                    stack.stats().drop(Drop.DHCP_IGNORED);
                }
            }
            default -> stack.stats().drop(Drop.DHCP_IGNORED);
        }
    }

    private void bind(long now) {
        if (msg.serverId != 0) {
            serverId = msg.serverId;
        }
        long leaseNanos = msg.leaseSeconds * SECOND;
        // §4.4.5 defaults: T1 = 0.5 lease, T2 = 0.875 lease; server-given values are used if consistent.
        long r = msg.renewalSeconds >= 0 ? msg.renewalSeconds * SECOND : leaseNanos / 2;
        long b = msg.rebindingSeconds >= 0 ? msg.rebindingSeconds * SECOND : leaseNanos / 8 * 7;
        if (!(r < b && b < leaseNanos)) {
            r = leaseNanos / 2;
            b = leaseNanos / 8 * 7;
        }
        t1 = now + r;
        t2 = now + b;
        expiry = now + leaseNanos;
        IpConfig c = new IpConfig(msg.yiaddr, prefixOf(msg), msg.router, msg.dns);
        if (c.gateway() != 0 && !c.onLink(c.gateway())) {
            c = new IpConfig(c.address(), c.prefixLength(), 0, c.dns());
        }
        if (!c.equals(lease)) {
            lease = c;
            stack.configure(c);
        }
        state = State.BOUND;
        nextSend = Long.MAX_VALUE;
        leasesBound++;
    }

    /** The prefix of a contiguous mask option; without one, the classful default (RFC 2131 §4.3.1 leaves it to the client). */
    private static int prefixOf(DhcpMessage m) {
        if (m.hasSubnetMask) {
            int len = Integer.bitCount(m.subnetMask);
            if (IpAddr.mask(len) == m.subnetMask) {
                return len;
            }
        }
        int first = m.yiaddr >>> 24;
        return first < 128 ? 8 : first < 192 ? 16 : 24;
    }

    private void timers(long now) {
        switch (state) {
            case SELECTING -> {
                if (now >= nextSend) {
                    timeout = Math.min(MAX_TIMEOUT, timeout * 2);
                    send(DhcpMessage.DISCOVER, IpAddr.BROADCAST, 0, 0, 0);
                    nextSend = now + jittered(timeout);
                }
            }
            case REQUESTING -> {
                if (now >= nextSend) {
                    if (sent >= MAX_REQUESTS) {
                        discover(now);
                    } else {
                        timeout = Math.min(MAX_TIMEOUT, timeout * 2);
                        send(DhcpMessage.REQUEST, IpAddr.BROADCAST, 0, offeredIp, serverId);
                        nextSend = now + jittered(timeout);
                    }
                }
            }
            case BOUND -> {
                if (now >= t1) {
                    state = State.RENEWING;
                    xid = (int) entropy.nextLong();
                    startedAt = now;
                    renew(now);
                }
            }
            case RENEWING -> {
                if (now >= t2) {
                    state = State.REBINDING;
                    renew(now);
                } else if (now >= nextSend) {
                    renew(now);
                }
            }
            case REBINDING -> {
                if (now >= expiry) {
                    // §4.4.5: the lease is gone; stop using the address and start again.
                    lease = null;
                    stack.configure(null);
                    discover(now);
                } else if (now >= nextSend) {
                    renew(now);
                }
            }
            case INIT -> {
            }
        }
    }

    /** A REQUEST with ciaddr: unicast to the server when renewing, broadcast when rebinding (§4.4.5). */
    private void renew(long now) {
        int address = lease.address();
        if (state == State.RENEWING) {
            send(DhcpMessage.REQUEST, serverId, address, 0, 0);
            nextSend = now + Math.max(MIN_RENEW_RETRY, (t2 - now) / 2);
        } else {
            send(DhcpMessage.REQUEST, IpAddr.BROADCAST, address, 0, 0);
            nextSend = now + Math.max(MIN_RENEW_RETRY, (expiry - now) / 2);
        }
    }
}
