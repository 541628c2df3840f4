package kiln.nio;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The selectors a channel is registered with. A socket channel gets its socket only when it
 * connects, possibly while a select is blocked: {@link #socketChanged} makes those selectors scan
 * again, and the scan starts watching the new socket.
 */
final class Registrations {
    private final CopyOnWriteArrayList<StackSelector> selectors = new CopyOnWriteArrayList<>();

    void add(StackSelector s) {
        selectors.addIfAbsent(s);
    }

    void remove(StackSelector s) {
        selectors.remove(s);
    }

    void socketChanged() {
        for (StackSelector s : selectors) {
            s.rescan();
        }
    }
}
