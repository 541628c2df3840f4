package kiln.nio;

import java.io.IOException;
import java.net.SocketException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NetworkChannel;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A channel's socket options: which it supports and their values, checked as the JDK's channels
 * check them. The channel applies the ones the stack implements (TCP_NODELAY, SO_KEEPALIVE,
 * SO_BROADCAST); buffer sizes, SO_REUSEADDR and IP_TOS are recorded hints, as for the java.net
 * sockets; SO_LINGER can only be off (-1) or 0.
 */
final class ChannelOptions {
    /** What HotSpot reports on Linux with the default settings, for the recorded buffer hints. */
    private static final int DEFAULT_BUFFER = 65536;

    private final Set<SocketOption<?>> supported;
    private final HashMap<SocketOption<?>, Object> values = new HashMap<>();

    /** Supports {@code options}, each starting at its default. */
    ChannelOptions(SocketOption<?>... options) {
        LinkedHashSet<SocketOption<?>> s = new LinkedHashSet<>();
        for (SocketOption<?> o : options) {
            s.add(o);
            values.put(o, defaultOf(o));
        }
        supported = Collections.unmodifiableSet(s);
    }

    private static Object defaultOf(SocketOption<?> o) {
        if (o == StandardSocketOptions.SO_SNDBUF || o == StandardSocketOptions.SO_RCVBUF) {
            return DEFAULT_BUFFER;
        }
        if (o == StandardSocketOptions.SO_LINGER) {
            return -1;
        }
        if (o == StandardSocketOptions.IP_TOS) {
            return 0;
        }
        return Boolean.FALSE;
    }

    /** A default other than the usual one (a server socket reuses addresses, as on the JDK on Linux). */
    synchronized <T> ChannelOptions preset(SocketOption<T> name, T value) {
        values.put(name, value);
        return this;
    }

    Set<SocketOption<?>> supported() {
        return supported;
    }

    /** Checks and records a value; the caller applies it to the socket. */
    synchronized <T> void set(boolean open, SocketOption<T> name, T value) throws ClosedChannelException {
        check(open, name);
        if (value == null) {
            throw new IllegalArgumentException("Invalid value 'null'");
        }
        if (name == StandardSocketOptions.SO_LINGER && (Integer) value > 0) {
            throw new UnsupportedOperationException("SO_LINGER with a timeout: Kiln's close() never waits for unsent data");
        }
        if ((name == StandardSocketOptions.SO_SNDBUF || name == StandardSocketOptions.SO_RCVBUF) && (Integer) value <= 0) {
            throw new IllegalArgumentException("Invalid send/receive buffer size");
        }
        if (name == StandardSocketOptions.IP_TOS && ((Integer) value < 0 || (Integer) value > 255)) {
            throw new IllegalArgumentException("Invalid IP_TOS value");
        }
        values.put(name, name == StandardSocketOptions.SO_LINGER && (Integer) value < 0 ? -1 : value);
    }

    @SuppressWarnings("unchecked")
    synchronized <T> T get(boolean open, SocketOption<T> name) throws ClosedChannelException {
        check(open, name);
        return (T) values.get(name);
    }

    /** SO_LINGER is on with a timeout of 0: close resets the connection. */
    synchronized boolean lingerZero() {
        return Integer.valueOf(0).equals(values.get(StandardSocketOptions.SO_LINGER));
    }

    synchronized boolean flag(SocketOption<Boolean> name) {
        return values.get(name) == Boolean.TRUE;
    }

    /** Sets a channel's option for its socket adaptor, with the Socket API's exception type. */
    static <T> void setFromAdaptor(NetworkChannel ch, SocketOption<T> name, T value) throws SocketException {
        if (!ch.isOpen()) {
            throw new SocketException("Socket is closed");
        }
        try {
            ch.setOption(name, value);
        } catch (IOException e) {
            throw new SocketException(e.toString());
        }
    }

    static <T> T getFromAdaptor(NetworkChannel ch, SocketOption<T> name) throws SocketException {
        if (!ch.isOpen()) {
            throw new SocketException("Socket is closed");
        }
        try {
            return ch.getOption(name);
        } catch (IOException e) {
            throw new SocketException(e.toString());
        }
    }

    private void check(boolean open, SocketOption<?> name) throws ClosedChannelException {
        if (name == null) {
            throw new NullPointerException();
        }
        if (!supported.contains(name)) {
            throw new UnsupportedOperationException("'" + name + "' not supported");
        }
        if (!open) {
            throw new ClosedChannelException();
        }
    }
}
