package java.nio.channels;

/**
 * A channel to a network socket. Socket options (setOption/getOption) are not part of Kiln's
 * channels yet; the socket() adaptors carry the options the stack implements.
 */
public interface NetworkChannel extends Channel {
    NetworkChannel bind(java.net.SocketAddress local) throws java.io.IOException;

    java.net.SocketAddress getLocalAddress() throws java.io.IOException;
}
