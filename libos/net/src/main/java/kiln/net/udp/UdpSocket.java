package kiln.net.udp;

import kiln.net.PacketBuffer;

/**
 * A bound UDP port in non-blocking form: {@link #sendTo} returns at once; {@link #receive} answers -1
 * when nothing is queued. The receive queue holds the received buffers themselves (no copy until the
 * application reads) and is bounded: when full, new datagrams are dropped and counted.
 */
public final class UdpSocket {
    private final UdpLayer layer;
    private final int port;
    private final PacketBuffer[] queue;
    private final int[] srcIps;
    private final int[] srcPorts;
    private int head;
    private int count;
    private int lastSrcIp;
    private int lastSrcPort;
    private boolean closed;
    private boolean dontFragment;
    /** ICMP unreachable code last reported for this port, or -1. */
    int error = -1;
    /** Told when a datagram is queued or an error arrives (a blocking layer wakes its waiters). */
    private Runnable hook;

    UdpSocket(UdpLayer layer, int port, int queueLimit) {
        if (queueLimit < 1) {
            throw new IllegalArgumentException("UDP receive queue limit must be at least 1: " + queueLimit);
        }
        this.layer = layer;
        this.port = port;
        this.queue = new PacketBuffer[queueLimit];
        this.srcIps = new int[queueLimit];
        this.srcPorts = new int[queueLimit];
    }

    public int port() {
        return port;
    }

    /**
     * Called after a datagram is queued or an ICMP error is recorded, inside the stack's event
     * processing: it must only record the change or signal waiters, never call back into the stack.
     */
    public void setReadinessHook(Runnable hook) {
        this.hook = hook;
    }

    /** Records an ICMP destination-unreachable code reported about a datagram this port sent. */
    void reportError(int code) {
        error = code;
        if (hook != null) {
            hook.run();
        }
    }

    /** Sets the IPv4 don't-fragment flag on datagrams sent from now on (too large ones are then dropped). */
    public void setDontFragment(boolean on) {
        dontFragment = on;
    }

    /** Sends a datagram; false if the stack dropped it locally (no route, queues full, too big with DF). */
    public boolean sendTo(int dstIp, int dstPort, byte[] data, int off, int len) {
        if (closed) {
            throw new IllegalStateException("UDP socket on port " + port + " is closed");
        }
        return layer.send(port, dstIp, dstPort, data, off, len, dontFragment);
    }

    boolean enqueue(PacketBuffer b, int srcIp, int srcPort) {
        if (count == queue.length) {
            return false;
        }
        int i = (head + count) % queue.length;
        queue[i] = b;
        srcIps[i] = srcIp;
        srcPorts[i] = srcPort;
        count++;
        if (hook != null) {
            hook.run();
        }
        return true;
    }

    /** Datagrams waiting to be received. */
    public int available() {
        return count;
    }

    /**
     * Copies the next datagram into {@code dst[off, off+max)} and returns its length, or -1 if none is
     * queued. A datagram longer than {@code max} is truncated (as java.net.DatagramSocket does); the
     * sender is then {@link #sourceIp()}/{@link #sourcePort()}.
     */
    public int receive(byte[] dst, int off, int max) {
        if (count == 0) {
            return -1;
        }
        PacketBuffer b = queue[head];
        lastSrcIp = srcIps[head];
        lastSrcPort = srcPorts[head];
        queue[head] = null;
        head = (head + 1) % queue.length;
        count--;
        int n = Math.min(max, b.length());
        System.arraycopy(b.data, b.start, dst, off, n);
        return n;
    }

    public int sourceIp() {
        return lastSrcIp;
    }

    public int sourcePort() {
        return lastSrcPort;
    }

    /** The ICMP destination-unreachable code last received about this port (3 = port unreachable), or -1. */
    public int pendingError() {
        return error;
    }

    /** Like {@link #pendingError()}, and clears it. */
    public int takeError() {
        int e = error;
        error = -1;
        return e;
    }

    public void close() {
        if (!closed) {
            closed = true;
            layer.close(this);
        }
    }
}
