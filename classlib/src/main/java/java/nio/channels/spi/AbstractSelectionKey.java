package java.nio.channels.spi;

import java.nio.channels.SelectionKey;

/** Validity and cancellation: a cancelled key joins its selector's cancelled-key set. */
public abstract class AbstractSelectionKey extends SelectionKey {
    private volatile boolean valid = true;

    protected AbstractSelectionKey() {}

    @Override
    public final boolean isValid() {
        return valid;
    }

    /** Also called by the selector when it closes. */
    void invalidate() {
        valid = false;
    }

    @Override
    public final void cancel() {
        synchronized (this) {
            if (!valid) {
                return;
            }
            valid = false;
        }
        ((AbstractSelector) selector()).cancel(this);
    }
}
