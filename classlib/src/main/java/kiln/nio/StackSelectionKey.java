package kiln.nio;

import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.spi.AbstractSelectionKey;

import kiln.net.socket.Watchable;

/** A channel's registration with a {@link StackSelector}. */
final class StackSelectionKey extends AbstractSelectionKey {
    final StackSelector selector;
    final SelectableChannel channel;
    final Selectable target;
    private volatile int interest;
    /** Set by the selecting thread. */
    volatile int ready;
    /** The socket the selector watches for this key (selector's business, under the stack lock). */
    Watchable watched;

    StackSelectionKey(StackSelector selector, SelectableChannel channel, Selectable target) {
        this.selector = selector;
        this.channel = channel;
        this.target = target;
    }

    @Override
    public SelectableChannel channel() {
        return channel;
    }

    @Override
    public Selector selector() {
        return selector;
    }

    @Override
    public int interestOps() {
        ensureValid();
        return interest;
    }

    /** Takes effect at once: a select in progress scans again with the new interest set. */
    @Override
    public SelectionKey interestOps(int ops) {
        ensureValid();
        if ((ops & ~channel.validOps()) != 0) {
            throw new IllegalArgumentException();
        }
        interest = ops;
        selector.rescan();
        return this;
    }

    @Override
    public int readyOps() {
        ensureValid();
        return ready;
    }

    int interestNow() {
        return interest;
    }

    private void ensureValid() {
        if (!isValid()) {
            throw new CancelledKeyException();
        }
    }
}
