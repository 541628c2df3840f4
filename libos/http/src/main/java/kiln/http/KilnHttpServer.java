package kiln.http;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * Kiln's HttpServer. Threads:
 * <ul>
 * <li>"HTTP-Listener" accepts connections and starts one thread per connection ({@link Connection});
 * <li>each connection thread parses requests and hands each exchange to the executor;
 * <li>without an executor set, exchanges run one at a time on the "HTTP-Dispatcher" thread, which
 * keeps the JDK's semantic (handlers serialised on the dispatcher thread) while accepting and
 * parsing continue on the other threads.
 * </ul>
 */
public final class KilnHttpServer extends HttpServer {
    private static final int DEFAULT_BACKLOG = 50;
    /**
     * Stack of the listener and connection threads, which run only this engine's parsing code
     * (handlers run on the dispatcher or the executor, with default stacks): small, because an
     * image serving many connections pays it per connection.
     */
    private static final long SERVER_THREAD_STACK = 256 * 1024;

    private ServerSocket serverSocket;
    private InetSocketAddress address;
    private final ArrayList<KilnHttpContext> contexts = new ArrayList<>();
    private final ArrayList<Connection> connections = new ArrayList<>();
    private final ArrayDeque<KilnHttpExchange> queue = new ArrayDeque<>();
    private Executor executor;
    private Thread listener;
    private Thread dispatcher;
    private volatile boolean started;
    private volatile boolean stopping;
    private int activeExchanges;
    private long malformedRequests;
    private int connectionCounter;
    private HttpLimits limits = HttpLimits.DEFAULT;
    private LongSupplier clock = System::currentTimeMillis;

    public KilnHttpServer(InetSocketAddress addr, int backlog) throws IOException {
        if (addr != null) {
            bind(addr, backlog);
        }
    }

    /** Kiln extension: request limits for connections accepted from now on. */
    public synchronized void setLimits(HttpLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits);
    }

    /** Kiln extension: the clock of the Date header (epoch milliseconds). */
    public void setClock(LongSupplier clock) {
        this.clock = java.util.Objects.requireNonNull(clock);
    }

    long currentTimeMillis() {
        return clock.getAsLong();
    }

    /** Kiln extension: requests rejected as malformed since start (parse errors, limits). */
    public synchronized long malformedRequests() {
        return malformedRequests;
    }

    synchronized void countMalformed() {
        malformedRequests++;
    }

    boolean isStopping() {
        return stopping;
    }

    @Override
    public synchronized void bind(InetSocketAddress addr, int backlog) throws IOException {
        if (addr == null) {
            throw new NullPointerException("null address");
        }
        if (serverSocket != null) {
            throw new BindException("HttpServer already bound");
        }
        ServerSocket ss = new ServerSocket();
        try {
            ss.bind(addr, backlog > 0 ? backlog : DEFAULT_BACKLOG);
        } catch (IOException e) {
            ss.close();
            throw e;
        }
        serverSocket = ss;
        address = (InetSocketAddress) ss.getLocalSocketAddress();
    }

    @Override
    public synchronized void start() {
        if (serverSocket == null || started || stopping) {
            throw new IllegalStateException("server not bound or already started");
        }
        started = true;
        if (executor == null) {
            dispatcher = new Thread(this::dispatchLoop);
            dispatcher.setName("HTTP-Dispatcher");
            dispatcher.start();
        }
        listener = new Thread(null, this::acceptLoop, "HTTP-Listener", SERVER_THREAD_STACK);
        listener.start();
    }

    @Override
    public synchronized void setExecutor(Executor executor) {
        if (started) {
            throw new IllegalStateException("server already started");
        }
        this.executor = executor;
    }

    @Override
    public synchronized Executor getExecutor() {
        return executor;
    }

    private void acceptLoop() {
        int failures = 0;
        while (!stopping) {
            Socket s;
            try {
                s = serverSocket.accept();
                failures = 0;
            } catch (IOException e) {
                // A closed listening socket (stop) ends the loop; transient accept errors are retried.
                if (stopping || ++failures > 100) {
                    break;
                }
                continue;
            }
            Connection c;
            synchronized (this) {
                if (stopping) {
                    closeQuietly(s);
                    break;
                }
                c = new Connection(this, s, limits);
                connections.add(c);
                connectionCounter++;
            }
            Thread t = new Thread(null, c, "HTTP-Connection-" + connectionCounter, SERVER_THREAD_STACK);
            t.setDaemon(true);
            t.start();
        }
    }

    /** Runs exchanges one by one when no executor was set. */
    private void dispatchLoop() {
        while (true) {
            KilnHttpExchange next;
            synchronized (this) {
                while (queue.isEmpty() && !stopping) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        // stop() interrupts to end the loop; the condition is re-checked
                    }
                }
                if (queue.isEmpty()) {
                    return;
                }
                next = queue.poll();
            }
            runExchange(next);
        }
    }

    /** Called on a connection thread: run the exchange on the executor (or the dispatcher). */
    void dispatch(KilnHttpExchange exchange) {
        synchronized (this) {
            activeExchanges++;
            if (executor == null) {
                queue.add(exchange);
                notifyAll();
                return;
            }
        }
        try {
            executor.execute(() -> runExchange(exchange));
        } catch (RuntimeException rejected) {
            // e.g. a bounded pool that refuses work: answer 503 rather than hanging the client.
            exchangeDone();
            exchange.fail(503);
        }
    }

    private void runExchange(KilnHttpExchange exchange) {
        try {
            exchange.run();
        } finally {
            exchangeDone();
        }
    }

    private synchronized void exchangeDone() {
        activeExchanges--;
        notifyAll();
    }

    synchronized void connectionClosed(Connection c) {
        connections.remove(c);
    }

    /**
     * Stops accepting, closes idle connections, waits up to delay seconds for running exchanges, then
     * closes every connection and ends the server's threads (JDK semantics).
     */
    @Override
    public void stop(int delay) {
        if (delay < 0) {
            throw new IllegalArgumentException("negative delay parameter");
        }
        ArrayList<Connection> toClose;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            closeQuietly(serverSocket);
            for (Connection c : connections) {
                if (c.idle) {
                    c.close();
                }
            }
            long deadline = clock.getAsLong() + delay * 1000L;
            while (activeExchanges > 0) {
                long left = deadline - clock.getAsLong();
                if (left <= 0) {
                    break;
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    break;
                }
            }
            toClose = new ArrayList<>(connections);
            notifyAll();
        }
        for (Connection c : toClose) {
            c.close();
        }
        joinQuietly(listener);
        if (dispatcher != null) {
            dispatcher.interrupt();
            joinQuietly(dispatcher);
        }
    }

    private static void joinQuietly(Thread t) {
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException ignored) {
            // closing is best effort
        }
    }

    @Override
    public HttpContext createContext(String path, HttpHandler handler) {
        if (handler == null) {
            throw new NullPointerException("null handler");
        }
        return addContext(path, handler);
    }

    @Override
    public HttpContext createContext(String path) {
        return addContext(path, null);
    }

    private synchronized HttpContext addContext(String path, HttpHandler handler) {
        if (path == null) {
            throw new NullPointerException("null path parameter");
        }
        if (path.isEmpty() || path.charAt(0) != '/') {
            throw new IllegalArgumentException("Illegal value for path or protocol");
        }
        for (KilnHttpContext c : contexts) {
            if (c.getPath().equals(path)) {
                throw new IllegalArgumentException("cannot add context to list");
            }
        }
        KilnHttpContext c = new KilnHttpContext(path, handler, this);
        contexts.add(c);
        return c;
    }

    @Override
    public synchronized void removeContext(String path) throws IllegalArgumentException {
        if (path == null) {
            throw new NullPointerException("null path parameter");
        }
        for (int i = 0; i < contexts.size(); i++) {
            if (contexts.get(i).getPath().equals(path)) {
                contexts.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException("cannot remove element from list");
    }

    @Override
    public synchronized void removeContext(HttpContext context) {
        if (context == null) {
            throw new NullPointerException("null context parameter");
        }
        if (!(context instanceof KilnHttpContext) || !contexts.remove(context)) {
            throw new IllegalArgumentException("cannot remove element from list");
        }
    }

    /** The context whose path is the longest prefix of the request path (plain string prefix, as the JDK). */
    synchronized KilnHttpContext findContext(String path) {
        KilnHttpContext best = null;
        for (KilnHttpContext c : contexts) {
            if (path.startsWith(c.getPath()) && (best == null || c.getPath().length() > best.getPath().length())) {
                best = c;
            }
        }
        return best;
    }

    @Override
    public InetSocketAddress getAddress() {
        return address;
    }
}
