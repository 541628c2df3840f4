package kiln.net.socket;

import java.net.UnknownHostException;
import java.util.concurrent.locks.Condition;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import kiln.net.Entropy;
import kiln.net.IpAddr;
import kiln.net.IpConfig;
import kiln.net.Pollable;
import kiln.net.dns.DnsQuery;
import kiln.net.dns.DnsResolver;
import kiln.net.iface.NetStack;
import kiln.net.tcp.TcpConfig;
import kiln.net.tcp.TcpLayer;
import kiln.net.wire.Ipv4;

/**
 * The network stack of a running program, shared by its threads: one {@link NetStack} with TCP,
 * behind one lock, and an event-loop thread ("kiln-net") that feeds it received frames and runs
 * its timers. The protocol code underneath is single-threaded and never blocks; this class and
 * the blocking sockets built on it ({@link TcpStream}, {@link TcpServer}) add the waiting.
 *
 * <p>Application threads call into the stack directly while holding the lock, so a write is
 * segmented and transmitted in the writer's own thread, with no hand-off. Each socket has its own
 * {@link Condition}, signalled by the protocol's readiness hooks, so an event wakes only the
 * threads waiting on that socket. After every application call the stack checks whether it armed
 * a timer earlier than the one the loop sleeps for, and only then unparks the loop.
 */
public final class SocketStack {
    final ReentrantLock lock = new ReentrantLock();
    final NetStack ip;
    final TcpLayer tcp;
    private final DeviceWaiter waiter;
    private final Entropy entropy;
    /** Signalled after every round of the event loop, for waits with no hook of their own (DNS). */
    private final Condition progress = lock.newCondition();
    private DnsResolver dns;
    private long loopFailures;
    private Thread loop;
    /** The deadline the loop sleeps until (guarded by the lock). */
    private long plannedWake = Long.MAX_VALUE;

    public SocketStack(NetStack ip, TcpConfig tcpConfig, Entropy entropy, DeviceWaiter waiter) {
        this.ip = ip;
        this.waiter = waiter;
        this.entropy = entropy;
        this.tcp = new TcpLayer(ip, ip.clock(), entropy, tcpConfig);
        ip.register(Ipv4.PROTO_TCP, tcp::receive);
        ip.addPollable(new Pollable() {
            @Override
            public void poll(long now) {
                tcp.onTimers(now);
            }

            @Override
            public long nextDeadline() {
                return tcp.nextDeadline();
            }
        });
    }

    /** Starts the event loop (a daemon thread, so it never keeps a finished program alive). */
    public synchronized void start() {
        if (loop != null) {
            return;
        }
        loop = new Thread(null, this::runLoop, "kiln-net", 256 * 1024); // protocol code only: a small stack
        loop.setDaemon(true);
        loop.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::flush, "kiln-net-flush"));
    }

    /** How long exit waits for the peers to acknowledge what the program sent. */
    private static final long FLUSH_NANOS = 2_000_000_000L;

    /**
     * At exit: waits (at most 2 s) until every connection's data and FIN are acknowledged, so a
     * program that writes a reply, closes and exits still delivers it — the kernel does this for a
     * JVM on Linux, here the image would otherwise power off with the reply in its queues.
     */
    private void flush() {
        awaitProgress(() -> !tcp.hasUnacknowledgedOutput(), System.nanoTime() + FLUSH_NANOS);
    }

    /** The IP layer, for configuration and statistics; call its methods only under {@link #withLock}. */
    public NetStack ip() {
        return ip;
    }

    /** Runs {@code r} with the stack lock held (configuration, diagnostics, tests). */
    public void withLock(Runnable r) {
        lock.lock();
        try {
            r.run();
            kick();
        } finally {
            lock.unlock();
        }
    }

    private void runLoop() {
        for (;;) {
            long deadline;
            lock.lock();
            try {
                try {
                    waiter.service();
                    while (ip.poll() >= ip.limits().framesPerPoll()) {
                        waiter.service(); // the device is busy: keep draining before sleeping
                    }
                } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                    loopFailed(e);
                }
                deadline = ip.nextDeadline();
                plannedWake = deadline;
                progress.signalAll();
            } finally {
                lock.unlock();
            }
            waiter.await(deadline);
        }
    }

    /**
     * A bug in the stack or driver, or a full heap, must not end the loop (every socket would hang):
     * the frame being processed is lost, the failure is counted and the first few are reported.
     */
    private void loopFailed(Throwable e) {
        loopFailures++;
        if (loopFailures <= 3) {
            System.err.println("kiln: net: internal error in the network event loop (frame dropped): " + e);
        }
    }

    /** Failures caught by the event loop (see {@link #loopFailed}); 0 unless the stack has a bug. */
    public long loopFailures() {
        return loopFailures;
    }

    /**
     * Called with the lock held after an application call: wakes the loop if the call armed a timer
     * earlier than the loop's planned wake-up (a SYN's retransmission, a delayed ACK, a datagram to
     * this host itself, which the loop delivers).
     */
    void kick() {
        long d = ip.nextDeadline();
        if (d < plannedWake && loop != null) {
            plannedWake = d;
            LockSupport.unpark(loop);
        }
    }

    /** This host's address on its interface (127.0.0.1 without a device), 0 before it has one. */
    public int localAddress() {
        lock.lock();
        try {
            return ip.sourceAddress();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Resolves a host name with the stack's DNS stub resolver (the server from net.dns or DHCP),
     * waiting at most {@code timeoutNanos}; UnknownHostException if it fails or times out.
     */
    public int[] resolve(String host, long timeoutNanos) throws UnknownHostException {
        long deadline = System.nanoTime() + timeoutNanos;
        lock.lock();
        try {
            if (dns == null) {
                if (ip.config() == null || ip.config().dns() == 0) {
                    throw new UnknownHostException(host + ": no DNS server configured (boot with -D net.dns=A.B.C.D, or use DHCP)");
                }
                dns = DnsResolver.forConfiguredServer(ip, entropy);
            }
            DnsQuery q = dns.resolve(host);
            kick();
            if (!awaitProgress(q::isDone, deadline)) {
                throw new UnknownHostException(host + ": no answer from the DNS server");
            }
            if (q.state() == DnsQuery.State.FAILED) {
                throw new UnknownHostException(host + ": " + q.error());
            }
            return q.addresses();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until {@code done} (evaluated with the lock held) is true, checking after each round of
     * the event loop, or until {@code deadline} (nanoTime) passes; returns its last value. For waits
     * that have no readiness hook of their own: a DHCP lease, a DNS answer, output acknowledged.
     */
    public boolean awaitProgress(BooleanSupplier done, long deadline) {
        lock.lock();
        try {
            while (!done.getAsBoolean()) {
                if (!Waiting.await(progress, deadline)) {
                    return done.getAsBoolean();
                }
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The local address for talking to {@code remote}: loopback for 127/8, else the interface's own. */
    int localAddressFor(int remote) {
        return (remote >>> 24) == 127 ? remote : ip.sourceAddress();
    }

    /**
     * A stack for a host without a network device (the linux target, or an image booted without
     * --net): only 127.0.0.0/8 is reachable. Started.
     */
    public static SocketStack loopbackOnly(Entropy entropy) {
        NetStack ip = new NetStack(new NoDevice(), System::nanoTime, entropy);
        ip.configure(new IpConfig(IpAddr.parse("127.0.0.1"), 8, 0, 0));
        SocketStack s = new SocketStack(ip, new TcpConfig(), entropy, new ParkingWaiter());
        s.start();
        return s;
    }
}
