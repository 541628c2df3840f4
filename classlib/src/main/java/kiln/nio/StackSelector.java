package kiln.nio;

import java.io.IOException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.IllegalSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.spi.AbstractSelectableChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import kiln.net.socket.SocketSelector;
import kiln.net.socket.SocketStack;
import kiln.net.socket.Watchable;

/**
 * java.nio.channels.Selector on Kiln's network stack. A select scans its keys' sockets with the
 * stack lock held and, if none is ready, waits on a {@link SocketSelector}, which every watched
 * socket's readiness hook signals; the lock is held from the scan to the wait, so no change is
 * missed. Readiness is level-triggered, as with epoll on Linux: a key whose channel stays ready
 * makes every select return at once (with 0 if its ready set did not change), just as on the JDK.
 */
final class StackSelector extends AbstractSelector {
    private final SocketSelector sock;
    /** Registered keys; guarded by itself. */
    private final HashSet<SelectionKey> keys = new HashSet<>();
    private final Set<SelectionKey> publicKeys = Collections.unmodifiableSet(keys);
    /** Selected keys: changed only by the selecting thread, and by the program removing keys. */
    private final HashSet<SelectionKey> selected = new HashSet<>();
    private final Set<SelectionKey> publicSelected = new Ungrowable(selected);

    StackSelector(SelectorProvider provider, SocketStack stack) {
        super(provider);
        this.sock = new SocketSelector(stack);
    }

    @Override
    public Set<SelectionKey> keys() {
        ensureOpen();
        return publicKeys;
    }

    @Override
    public Set<SelectionKey> selectedKeys() {
        ensureOpen();
        return publicSelected;
    }

    @Override
    public int selectNow() throws IOException {
        return select(0, false);
    }

    @Override
    public int select(long timeout) throws IOException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout");
        }
        return select(timeout == 0 ? Long.MAX_VALUE : System.nanoTime() + timeout * 1_000_000L, true);
    }

    @Override
    public int select() throws IOException {
        return select(Long.MAX_VALUE, true);
    }

    /** The number of keys whose ready sets were updated; waits until {@code deadline} if {@code block}. */
    private synchronized int select(long deadline, boolean block) {
        ensureOpen();
        for (;;) {
            processCancelledKeys();
            StackSelectionKey[] snapshot;
            synchronized (keys) {
                snapshot = keys.toArray(new StackSelectionKey[0]);
            }
            sock.lock();
            try {
                sock.startScan();
                int updated = 0;
                boolean anyReady = false;
                for (StackSelectionKey k : snapshot) {
                    int ready = readiness(k);
                    if (ready == 0) {
                        continue;
                    }
                    anyReady = true;
                    if (!selected.contains(k)) {
                        k.ready = ready;
                        selected.add(k);
                        updated++;
                    } else if ((k.ready | ready) != k.ready) {
                        k.ready |= ready;
                        updated++;
                    }
                }
                boolean woken = sock.takeWakeup();
                if (anyReady || woken || !block || !isOpen()) {
                    return updated;
                }
                if (!sock.awaitChange(deadline)) {
                    return 0;
                }
            } finally {
                sock.unlock();
            }
        }
    }

    /** A valid key's ready operations of interest; starts watching its channel's socket if it changed. */
    private int readiness(StackSelectionKey k) {
        if (!k.isValid()) {
            return 0;
        }
        Watchable w = k.target.watchable();
        if (w != k.watched) {
            if (k.watched != null) {
                sock.unwatch(k.watched);
            }
            if (w != null) {
                sock.watch(w);
            }
            k.watched = w;
        }
        return w == null ? 0 : k.target.translateReadyOps(w.readyOps()) & k.interestNow();
    }

    /** Drops the keys cancelled since the last select (the JDK does it at the start of select). */
    private void processCancelledKeys() {
        Set<SelectionKey> cancelled = cancelledKeys();
        synchronized (cancelled) {
            for (SelectionKey key : cancelled) {
                drop((StackSelectionKey) key);
            }
            cancelled.clear();
        }
    }

    private void drop(StackSelectionKey k) {
        synchronized (keys) {
            keys.remove(k);
        }
        selected.remove(k);
        if (k.watched != null) {
            sock.unwatch(k.watched);
            k.watched = null;
        }
        k.target.registrations().remove(this);
        deregister(k);
    }

    @Override
    protected SelectionKey register(AbstractSelectableChannel ch, int ops, Object att) {
        if (!(ch instanceof Selectable target)) {
            throw new IllegalSelectorException();
        }
        ensureOpen();
        StackSelectionKey k = new StackSelectionKey(this, ch, target);
        k.interestOps(ops);
        k.attach(att);
        synchronized (keys) {
            keys.add(k);
        }
        target.registrations().add(this);
        rescan();
        return k;
    }

    /** Makes a select in progress scan again (a new key, new interest, a channel's new socket). */
    void rescan() {
        sock.rescan();
    }

    @Override
    public StackSelector wakeup() {
        sock.wakeup();
        return this;
    }

    @Override
    protected void implCloseSelector() throws IOException {
        sock.wakeup();
        synchronized (this) { // after a select in progress has returned
            StackSelectionKey[] all;
            synchronized (keys) {
                all = keys.toArray(new StackSelectionKey[0]);
            }
            for (StackSelectionKey k : all) {
                drop(k);
            }
            synchronized (cancelledKeys()) {
                cancelledKeys().clear();
            }
        }
    }

    private void ensureOpen() {
        if (!isOpen()) {
            throw new ClosedSelectorException();
        }
    }

    /** The selected-key set as the JDK hands it out: keys can be removed, never added. */
    private static final class Ungrowable extends AbstractSet<SelectionKey> {
        private final Set<SelectionKey> s;

        Ungrowable(Set<SelectionKey> s) {
            this.s = s;
        }

        @Override
        public Iterator<SelectionKey> iterator() {
            return s.iterator();
        }

        @Override
        public int size() {
            return s.size();
        }

        @Override
        public boolean contains(Object o) {
            return s.contains(o);
        }

        @Override
        public boolean remove(Object o) {
            return s.remove(o);
        }

        @Override
        public void clear() {
            s.clear();
        }

        @Override
        public boolean add(SelectionKey k) {
            throw new UnsupportedOperationException();
        }
    }
}
