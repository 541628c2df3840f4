package com.sun.net.httpserver;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.Executor;
import kiln.http.KilnHttpServer;

/**
 * An HTTP server bound to an address, serving contexts (JDK API). In a Kiln image every create()
 * returns Kiln's own implementation, {@link KilnHttpServer}; there is no provider lookup.
 */
public abstract class HttpServer {
    protected HttpServer() {
    }

    /** An unbound server; call {@link #bind} before {@link #start}. */
    public static HttpServer create() throws IOException {
        return new KilnHttpServer(null, 0);
    }

    /** A server bound to addr (null: unbound) with the given listen backlog (<= 0: default). */
    public static HttpServer create(InetSocketAddress addr, int backlog) throws IOException {
        return new KilnHttpServer(addr, backlog);
    }

    /** A bound server with one context at path, served by handler behind the given filters. */
    public static HttpServer create(InetSocketAddress addr, int backlog, String path, HttpHandler handler,
                                    Filter... filters) throws IOException {
        Objects.requireNonNull(path);
        Objects.requireNonNull(handler);
        Objects.requireNonNull(filters);
        for (Filter f : filters) {
            Objects.requireNonNull(f);
        }
        HttpServer server = create(addr, backlog);
        HttpContext context = server.createContext(path, handler);
        for (Filter f : filters) {
            context.getFilters().add(f);
        }
        return server;
    }

    public abstract void bind(InetSocketAddress addr, int backlog) throws IOException;

    public abstract void start();

    public abstract void setExecutor(Executor executor);

    public abstract Executor getExecutor();

    public abstract void stop(int delay);

    public abstract HttpContext createContext(String path, HttpHandler handler);

    public abstract HttpContext createContext(String path);

    public abstract void removeContext(String path) throws IllegalArgumentException;

    public abstract void removeContext(HttpContext context);

    public abstract InetSocketAddress getAddress();
}
