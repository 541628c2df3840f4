package java.nio.channels.spi;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;

/**
 * Registration bookkeeping for selectable channels: the keys of the selectors this channel is
 * registered with, the blocking mode (which cannot become blocking while registered), and closing,
 * which cancels every key.
 */
public abstract class AbstractSelectableChannel extends SelectableChannel {
    private final SelectorProvider provider;
    /** Guards keys and blocking. */
    private final Object regLock = new Object();
    private final ArrayList<SelectionKey> keys = new ArrayList<>();
    private volatile boolean blocking = true;

    protected AbstractSelectableChannel(SelectorProvider provider) {
        this.provider = provider;
    }

    @Override
    public final SelectorProvider provider() {
        return provider;
    }

    @Override
    public final boolean isRegistered() {
        synchronized (regLock) {
            return !keys.isEmpty();
        }
    }

    @Override
    public final SelectionKey keyFor(Selector sel) {
        synchronized (regLock) {
            for (SelectionKey k : keys) {
                if (k.selector() == sel) {
                    return k;
                }
            }
            return null;
        }
    }

    @Override
    public final SelectionKey register(Selector sel, int ops, Object att) throws ClosedChannelException {
        if ((ops & ~validOps()) != 0) {
            throw new IllegalArgumentException();
        }
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
        synchronized (regLock) {
            if (blocking) {
                throw new IllegalBlockingModeException();
            }
            SelectionKey k = keyFor(sel);
            if (k != null) {
                if (!k.isValid()) {
                    throw new CancelledKeyException();
                }
                k.interestOps(ops);
                k.attach(att);
                return k;
            }
            if (!(sel instanceof AbstractSelector as)) {
                throw new java.nio.channels.IllegalSelectorException();
            }
            k = as.register(this, ops, att);
            keys.add(k);
            return k;
        }
    }

    /** A deregistered key (the selector processed its cancellation). */
    void removeKey(SelectionKey k) {
        synchronized (regLock) {
            keys.remove(k);
        }
    }

    @Override
    protected final void implCloseChannel() throws IOException {
        implCloseSelectableChannel();
        SelectionKey[] copy;
        synchronized (regLock) {
            copy = keys.toArray(new SelectionKey[0]);
        }
        for (SelectionKey k : copy) {
            k.cancel();
        }
    }

    protected abstract void implCloseSelectableChannel() throws IOException;

    @Override
    public final boolean isBlocking() {
        return blocking;
    }

    @Override
    public final Object blockingLock() {
        return regLock;
    }

    @Override
    public final SelectableChannel configureBlocking(boolean block) throws IOException {
        synchronized (regLock) {
            if (!isOpen()) {
                throw new ClosedChannelException();
            }
            if (blocking == block) {
                return this;
            }
            if (block && hasValidKey()) {
                throw new IllegalBlockingModeException();
            }
            implConfigureBlocking(block);
            blocking = block;
        }
        return this;
    }

    private boolean hasValidKey() {
        for (SelectionKey k : keys) {
            if (k.isValid()) {
                return true;
            }
        }
        return false;
    }

    protected abstract void implConfigureBlocking(boolean block) throws IOException;
}
