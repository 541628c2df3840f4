package java.nio.channels.spi;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.HashSet;
import java.util.Set;

/** Closing and the cancelled-key set, shared by selector implementations. */
public abstract class AbstractSelector extends Selector {
    private final SelectorProvider provider;
    private final HashSet<SelectionKey> cancelledKeys = new HashSet<>();
    private volatile boolean open = true;
    /** Not the selector itself: a select in progress holds that monitor while it waits. */
    private final Object closeLock = new Object();

    protected AbstractSelector(SelectorProvider provider) {
        this.provider = provider;
    }

    @Override
    public final void close() throws IOException {
        synchronized (closeLock) {
            if (!open) {
                return;
            }
            open = false;
        }
        implCloseSelector();
    }

    protected abstract void implCloseSelector() throws IOException;

    @Override
    public final boolean isOpen() {
        return open;
    }

    @Override
    public final SelectorProvider provider() {
        return provider;
    }

    /** The keys cancelled since the last select; synchronize on it to use it. */
    protected final Set<SelectionKey> cancelledKeys() {
        return cancelledKeys;
    }

    void cancel(SelectionKey k) {
        synchronized (cancelledKeys) {
            cancelledKeys.add(k);
        }
    }

    protected abstract SelectionKey register(AbstractSelectableChannel ch, int ops, Object att);

    /** Removes the key from its channel's key set (the selector has dropped it). */
    protected final void deregister(AbstractSelectionKey key) {
        key.invalidate();
        ((AbstractSelectableChannel) key.channel()).removeKey(key);
    }
}
