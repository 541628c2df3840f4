package kiln.net.socket;

/**
 * A socket whose readiness a {@link SocketSelector} can watch: TCP streams and servers, UDP
 * endpoints. A socket's readiness hook calls {@link #notifyWatchers} (with the stack lock held), so
 * a selector blocked in {@link SocketSelector#awaitChange} wakes when any of its sockets changes.
 * A socket may be watched by several selectors, as a channel may be registered with several.
 */
public abstract class Watchable {
    private static final SocketSelector[] NONE = {};
    /** Guarded by the stack lock; a copy-on-change array since watching changes rarely. */
    private SocketSelector[] watchers = NONE;

    Watchable() {}

    /** Readiness as java.nio.channels.SelectionKey bits ({@link kiln.net.tcp.TcpReadiness}). */
    public abstract int readyOps();

    abstract SocketStack stack();

    /** Called with the stack lock held whenever this socket's readiness may have changed. */
    final void notifyWatchers() {
        for (SocketSelector s : watchers) {
            s.signal();
        }
    }

    final void addWatcher(SocketSelector s) {
        for (SocketSelector w : watchers) {
            if (w == s) {
                return;
            }
        }
        SocketSelector[] more = java.util.Arrays.copyOf(watchers, watchers.length + 1);
        more[watchers.length] = s;
        watchers = more;
    }

    final void removeWatcher(SocketSelector s) {
        for (int i = 0; i < watchers.length; i++) {
            if (watchers[i] == s) {
                SocketSelector[] fewer = new SocketSelector[watchers.length - 1];
                System.arraycopy(watchers, 0, fewer, 0, i);
                System.arraycopy(watchers, i + 1, fewer, i, fewer.length - i);
                watchers = fewer;
                return;
            }
        }
    }
}
