package java.net;

/**
 * The standard socket options, for the channels' setOption/getOption. The multicast options are
 * not here (Kiln has no multicast nor java.net.NetworkInterface).
 */
public final class StandardSocketOptions {
    private StandardSocketOptions() {}

    public static final SocketOption<Boolean> SO_BROADCAST = new Named<>("SO_BROADCAST", Boolean.class);
    public static final SocketOption<Boolean> SO_KEEPALIVE = new Named<>("SO_KEEPALIVE", Boolean.class);
    public static final SocketOption<Integer> SO_SNDBUF = new Named<>("SO_SNDBUF", Integer.class);
    public static final SocketOption<Integer> SO_RCVBUF = new Named<>("SO_RCVBUF", Integer.class);
    public static final SocketOption<Boolean> SO_REUSEADDR = new Named<>("SO_REUSEADDR", Boolean.class);
    public static final SocketOption<Boolean> SO_REUSEPORT = new Named<>("SO_REUSEPORT", Boolean.class);
    public static final SocketOption<Integer> SO_LINGER = new Named<>("SO_LINGER", Integer.class);
    public static final SocketOption<Integer> IP_TOS = new Named<>("IP_TOS", Integer.class);
    public static final SocketOption<Boolean> TCP_NODELAY = new Named<>("TCP_NODELAY", Boolean.class);

    /** An option is its name (toString prints it, as the JDK's do). */
    private static final class Named<T> implements SocketOption<T> {
        private final String name;
        private final Class<T> type;

        Named(String name, Class<T> type) {
            this.name = name;
            this.type = type;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Class<T> type() {
            return type;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
