package kiln.net.tcp;

/**
 * Called when a connection's or listener's readiness changes, so a blocking socket layer can wake the
 * green threads waiting on it and a Selector can update its ready set. Runs inside the stack's event
 * processing: implementations must only record the change (never call back into TCP).
 */
@FunctionalInterface
public interface TcpReadiness {
    /** Bits compatible with java.nio.channels.SelectionKey: read, write, connect, accept. */
    int OP_READ = 1;
    int OP_WRITE = 4;
    int OP_CONNECT = 8;
    int OP_ACCEPT = 16;
    /** Not a SelectionKey bit: the connection reached CLOSED (normally or by error). */
    int CLOSED = 32;

    void readinessChanged(int readyOps);
}
