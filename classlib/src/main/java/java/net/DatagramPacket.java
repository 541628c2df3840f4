package java.net;

import java.util.Objects;

/**
 * A UDP datagram to send or a buffer to receive one into. As on the JDK, the packet remembers the
 * size of its buffer region ({@code bufLength}, set by setData/setLength) separately from the
 * length of the last datagram received into it, so one packet can receive datagrams of any size
 * up to the region without calling setLength in between.
 */
public final class DatagramPacket {
    private byte[] buf;
    private int offset;
    private int length;
    /** The receive capacity: the length last set by the program. */
    int bufLength;
    private InetAddress address;
    private int port;

    public DatagramPacket(byte[] buf, int offset, int length) {
        if (buf == null) {
            throw new NullPointerException();
        }
        setData(buf, offset, length);
    }

    public DatagramPacket(byte[] buf, int length) {
        this(buf, 0, length);
    }

    public DatagramPacket(byte[] buf, int offset, int length, InetAddress address, int port) {
        this(buf, offset, length);
        setAddress(address);
        setPort(port);
    }

    public DatagramPacket(byte[] buf, int offset, int length, SocketAddress address) {
        this(buf, offset, length);
        setSocketAddress(address);
    }

    public DatagramPacket(byte[] buf, int length, InetAddress address, int port) {
        this(buf, 0, length, address, port);
    }

    public DatagramPacket(byte[] buf, int length, SocketAddress address) {
        this(buf, 0, length, address);
    }

    public synchronized InetAddress getAddress() {
        return address;
    }

    public synchronized int getPort() {
        return port;
    }

    public synchronized byte[] getData() {
        return buf;
    }

    public synchronized int getOffset() {
        return offset;
    }

    public synchronized int getLength() {
        return length;
    }

    public synchronized void setData(byte[] buf, int offset, int length) {
        if (buf == null) {
            throw new NullPointerException("null packet buffer");
        }
        checkRange(offset, length, buf.length);
        this.buf = buf;
        this.offset = offset;
        this.length = length;
        this.bufLength = length;
    }

    public synchronized void setData(byte[] buf) {
        if (buf == null) {
            throw new NullPointerException("null packet buffer");
        }
        this.buf = buf;
        this.offset = 0;
        this.length = buf.length;
        this.bufLength = buf.length;
    }

    public synchronized void setLength(int length) {
        checkRange(offset, length, buf.length);
        this.length = length;
        this.bufLength = length;
    }

    public synchronized void setAddress(InetAddress address) {
        this.address = address;
    }

    public synchronized void setPort(int port) {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("Port out of range:" + port);
        }
        this.port = port;
    }

    public synchronized void setSocketAddress(SocketAddress address) {
        if (!(address instanceof InetSocketAddress a)) {
            throw new IllegalArgumentException("unsupported address type");
        }
        if (a.isUnresolved()) {
            throw new IllegalArgumentException("unresolved address");
        }
        setAddress(a.getAddress());
        setPort(a.getPort());
    }

    public synchronized SocketAddress getSocketAddress() {
        return new InetSocketAddress(getAddress(), getPort());
    }

    /** A received datagram of {@code n} bytes (at most bufLength) from {@code from:fromPort}. */
    synchronized void received(int n, InetAddress from, int fromPort) {
        length = n;
        address = from;
        port = fromPort;
    }

    /** The JDK reports a bad region as IllegalArgumentException with the index-check message. */
    private static void checkRange(int offset, int length, int size) {
        try {
            Objects.checkFromIndexSize(offset, length, size);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
