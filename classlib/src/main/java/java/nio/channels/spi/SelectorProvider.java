package java.nio.channels.spi;

import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The factory of selectors and selectable channels. Kiln has one provider, on its own network
 * stack (kiln.nio.StackSelectorProvider); replacing it (java.nio.channels.spi.SelectorProvider as
 * a system property or service) is not supported. Pipes are not implemented.
 */
public abstract class SelectorProvider {
    protected SelectorProvider() {}

    public static SelectorProvider provider() {
        return kiln.nio.StackSelectorProvider.INSTANCE;
    }

    public abstract DatagramChannel openDatagramChannel() throws IOException;

    public abstract AbstractSelector openSelector() throws IOException;

    public abstract ServerSocketChannel openServerSocketChannel() throws IOException;

    public abstract SocketChannel openSocketChannel() throws IOException;

    /** No channel is inherited: a Kiln program is not started by inetd. */
    public Channel inheritedChannel() throws IOException {
        return null;
    }
}
