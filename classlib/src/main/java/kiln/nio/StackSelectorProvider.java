package kiln.nio;

import java.io.IOException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;

/** The SelectorProvider of a Kiln program: channels and selectors on the program's network stack. */
public final class StackSelectorProvider extends SelectorProvider {
    public static final StackSelectorProvider INSTANCE = new StackSelectorProvider();

    private StackSelectorProvider() {}

    @Override
    public DatagramChannel openDatagramChannel() throws IOException {
        return new UdpChannel(this);
    }

    /** Starts the network stack if it is not running yet (the selector waits on its lock). */
    @Override
    public AbstractSelector openSelector() throws IOException {
        return new StackSelector(this, SystemNetwork.stack());
    }

    @Override
    public ServerSocketChannel openServerSocketChannel() throws IOException {
        return new TcpServerChannel(this);
    }

    @Override
    public SocketChannel openSocketChannel() throws IOException {
        return new TcpChannel(this);
    }
}
