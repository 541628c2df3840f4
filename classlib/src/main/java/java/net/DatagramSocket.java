package java.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.UnsupportedAddressTypeException;

import kiln.net.socket.UdpEndpoint;

/**
 * A UDP socket on Kiln's network stack ({@link UdpEndpoint}). Exceptions and their messages are
 * those of the JDK on Linux; a connected socket reports an ICMP port unreachable once, by its next
 * send or receive, as PortUnreachableException. The port is bound on all local addresses whatever
 * address it is bound to (the stack has one interface plus loopback); IPv4 only. SO_BROADCAST is on
 * by default, as in the JDK. Buffer sizes and the traffic class are recorded hints: the stack
 * queues up to 64 datagrams per socket.
 */
public class DatagramSocket implements java.io.Closeable {
    /** What HotSpot reports for SO_SNDBUF/SO_RCVBUF with Linux's default settings. */
    private static final int DEFAULT_BUFFER = 106496;

    private UdpEndpoint endpoint;
    /** The address bound to (the wildcard unless a specific one was given). */
    private InetAddress boundAddress;
    private InetAddress peer;
    private int peerPort = -1;
    private boolean closed;
    /** Set once bound; stays true after close, as the JDK's isBound does. */
    private boolean bound;
    private int timeoutMillis;
    private boolean broadcast = true;
    private boolean reuseAddress;
    private int trafficClass;
    private int sendBufferSize = DEFAULT_BUFFER;
    private int receiveBufferSize = DEFAULT_BUFFER;

    /** Bound to an ephemeral port on the wildcard address. */
    public DatagramSocket() throws SocketException {
        this(new InetSocketAddress(0));
    }

    /** Bound to {@code bindaddr}, or unbound if it is null. */
    public DatagramSocket(SocketAddress bindaddr) throws SocketException {
        if (bindaddr != null) {
            try {
                bind(bindaddr);
            } catch (SocketException | RuntimeException e) {
                close();
                throw e;
            }
        }
    }

    public DatagramSocket(int port) throws SocketException {
        this(port, null);
    }

    public DatagramSocket(int port, InetAddress laddr) throws SocketException {
        this(new InetSocketAddress(laddr, checkPort(port)));
    }

    private static int checkPort(int port) {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of range:" + port);
        }
        return port;
    }

    public synchronized void bind(SocketAddress addr) throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (endpoint != null) {
            throw new SocketException("Already bound");
        }
        if (addr == null) {
            addr = new InetSocketAddress(0);
        }
        if (!(addr instanceof InetSocketAddress a)) {
            throw new UnsupportedAddressTypeException();
        }
        if (a.isUnresolved()) {
            throw new SocketException("Unresolved address");
        }
        try {
            endpoint = UdpEndpoint.bind(kiln.nio.SystemNetwork.stack(), a.getPort());
        } catch (SocketException e) {
            throw e;
        } catch (IOException e) {
            throw new SocketException(e.getMessage());
        }
        endpoint.setBroadcast(broadcast);
        boundAddress = a.getAddress();
        bound = true;
    }

    public synchronized boolean isBound() {
        return bound;
    }

    /** As the JDK: a failure is thrown as UncheckedIOException around the SocketException. */
    public void connect(InetAddress address, int port) {
        if (address == null) {
            throw new IllegalArgumentException("Address can't be null");
        }
        try {
            connect(new InetSocketAddress(address, checkPort(port)));
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void connect(SocketAddress addr) throws SocketException {
        if (addr == null) {
            throw new IllegalArgumentException("Address can't be null");
        }
        if (!(addr instanceof InetSocketAddress a)) {
            throw new UnsupportedAddressTypeException();
        }
        if (a.isUnresolved()) {
            throw new SocketException("Unresolved address");
        }
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (endpoint == null) {
            bind(null);
        }
        int ip = a.getAddress().address;
        try {
            endpoint.connect(ip == 0 ? 0x7f000001 : ip, a.getPort());
        } catch (SocketException e) {
            throw e;
        } catch (IOException e) {
            throw new SocketException(e.getMessage());
        }
        peer = a.getAddress();
        peerPort = a.getPort();
    }

    public synchronized void disconnect() {
        if (endpoint != null && !closed) {
            endpoint.disconnect();
        }
        peer = null;
        peerPort = -1;
    }

    public synchronized boolean isConnected() {
        return peer != null;
    }

    public synchronized InetAddress getInetAddress() {
        return peer;
    }

    public synchronized int getPort() {
        return peerPort;
    }

    public SocketAddress getRemoteSocketAddress() {
        InetAddress p = getInetAddress();
        return p == null ? null : new InetSocketAddress(p, getPort());
    }

    public synchronized SocketAddress getLocalSocketAddress() {
        if (closed || endpoint == null) {
            return null;
        }
        return new InetSocketAddress(getLocalAddress(), getLocalPort());
    }

    /**
     * Sends the packet to its address, or to the connected peer (whose address and port the packet
     * then carries, as on the JDK). An unbound socket is bound to an ephemeral port first.
     */
    public void send(DatagramPacket p) throws IOException {
        synchronized (p) {
            UdpEndpoint e;
            InetAddress to = p.getAddress();
            int port = p.getPort();
            synchronized (this) {
                if (closed) {
                    throw new SocketException("Socket closed");
                }
                if (peer != null) {
                    if (to == null) {
                        p.setAddress(peer);
                        p.setPort(peerPort);
                        to = peer;
                        port = peerPort;
                    } else if (!to.equals(peer) || port != peerPort) {
                        throw new IllegalArgumentException("Connected and packet address differ");
                    }
                } else if (to == null) {
                    throw new IllegalArgumentException("Address not set");
                }
                if (endpoint == null) {
                    bind(null);
                }
                e = endpoint;
            }
            if (port == 0) {
                throw new SocketException("Can't send to port 0");
            }
            int ip = to.address;
            e.send(ip == 0 ? 0x7f000001 : ip, port, p.getData(), p.getOffset(), p.getLength());
        }
    }

    /**
     * Waits for a datagram (at most SO_TIMEOUT if set) and fills the packet's buffer region with it,
     * truncating a longer one; the packet's length, address and port then describe it.
     */
    public void receive(DatagramPacket p) throws IOException {
        synchronized (p) {
            UdpEndpoint e;
            synchronized (this) {
                if (closed) {
                    throw new SocketException("Socket closed");
                }
                if (endpoint == null) {
                    bind(null);
                }
                e = endpoint;
            }
            int n = e.receive(p.getData(), p.getOffset(), p.bufLength, timeoutMillis * 1_000_000L);
            p.received(n, new Inet4Address(null, e.sourceIp()), e.sourcePort());
        }
    }

    /** The bound address; once connected, the local address datagrams to the peer carry. */
    public synchronized InetAddress getLocalAddress() {
        if (closed) {
            return null;
        }
        if (endpoint == null || boundAddress == null) {
            return new Inet4Address("0.0.0.0", 0);
        }
        if (peer != null && boundAddress.isAnyLocalAddress()) {
            return new Inet4Address(null, endpoint.localAddressFor(peer.address == 0 ? 0x7f000001 : peer.address));
        }
        return new Inet4Address(null, boundAddress.address); // as the kernel reports it: no host name
    }

    public synchronized int getLocalPort() {
        if (closed) {
            return -1;
        }
        return endpoint == null ? 0 : endpoint.localPort();
    }

    public synchronized void setSoTimeout(int timeout) throws SocketException {
        checkOpen();
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        timeoutMillis = timeout;
    }

    public synchronized int getSoTimeout() throws SocketException {
        checkOpen();
        return timeoutMillis;
    }

    public synchronized void setSendBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("Invalid send size");
        }
        checkOpen();
        sendBufferSize = size;
    }

    public synchronized int getSendBufferSize() throws SocketException {
        checkOpen();
        return sendBufferSize;
    }

    public synchronized void setReceiveBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("Invalid receive size");
        }
        checkOpen();
        receiveBufferSize = size;
    }

    public synchronized int getReceiveBufferSize() throws SocketException {
        checkOpen();
        return receiveBufferSize;
    }

    public synchronized void setReuseAddress(boolean on) throws SocketException {
        checkOpen();
        reuseAddress = on;
    }

    public synchronized boolean getReuseAddress() throws SocketException {
        checkOpen();
        return reuseAddress;
    }

    /** SO_BROADCAST: without it a send to a broadcast address fails with "Permission denied". */
    public synchronized void setBroadcast(boolean on) throws SocketException {
        checkOpen();
        broadcast = on;
        if (endpoint != null) {
            endpoint.setBroadcast(on);
        }
    }

    public synchronized boolean getBroadcast() throws SocketException {
        checkOpen();
        return broadcast;
    }

    /** Recorded only: the stack sends every datagram with TOS 0. */
    public synchronized void setTrafficClass(int tc) throws SocketException {
        if (tc < 0 || tc > 255) {
            throw new IllegalArgumentException("Invalid IP_TOS value");
        }
        checkOpen();
        trafficClass = tc;
    }

    public synchronized int getTrafficClass() throws SocketException {
        checkOpen();
        return trafficClass;
    }

    /** Releases the port; a thread blocked in receive fails with "Socket closed". */
    public void close() {
        UdpEndpoint e;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            peer = null;
            peerPort = -1;
            e = endpoint;
        }
        if (e != null) {
            e.close();
        }
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /** Always null: Kiln's DatagramChannel has no socket adaptor, and a constructed socket no channel. */
    public java.nio.channels.DatagramChannel getChannel() {
        return null;
    }

    private void checkOpen() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
    }
}
