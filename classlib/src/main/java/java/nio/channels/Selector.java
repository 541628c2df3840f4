package java.nio.channels;

import java.io.IOException;
import java.nio.channels.spi.SelectorProvider;
import java.util.ArrayList;
import java.util.Set;
import java.util.function.Consumer;

/** A multiplexor of selectable channels (see {@link SelectorProvider} for Kiln's implementation). */
public abstract class Selector implements java.io.Closeable {
    protected Selector() {}

    public static Selector open() throws IOException {
        return SelectorProvider.provider().openSelector();
    }

    public abstract boolean isOpen();

    public abstract SelectorProvider provider();

    public abstract Set<SelectionKey> keys();

    public abstract Set<SelectionKey> selectedKeys();

    public abstract int selectNow() throws IOException;

    public abstract int select(long timeout) throws IOException;

    public abstract int select() throws IOException;

    public int select(Consumer<SelectionKey> action, long timeout) throws IOException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout");
        }
        return selectAndConsume(action, timeout);
    }

    public int select(Consumer<SelectionKey> action) throws IOException {
        return select(action, 0);
    }

    public int selectNow(Consumer<SelectionKey> action) throws IOException {
        return selectAndConsume(action, -1);
    }

    /**
     * The Consumer forms: a select (-1: selectNow) on an emptied selected-key set, then the action
     * on each selected key, which leaves the set empty again.
     */
    private int selectAndConsume(Consumer<SelectionKey> action, long timeout) throws IOException {
        if (action == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            Set<SelectionKey> selected = selectedKeys();
            selected.clear();
            int n = timeout < 0 ? selectNow() : select(timeout);
            ArrayList<SelectionKey> ready = new ArrayList<>(selected);
            selected.clear();
            for (SelectionKey k : ready) {
                action.accept(k);
                if (!isOpen()) {
                    throw new ClosedSelectorException();
                }
            }
            return n;
        }
    }

    public abstract Selector wakeup();

    @Override
    public abstract void close() throws IOException;
}
