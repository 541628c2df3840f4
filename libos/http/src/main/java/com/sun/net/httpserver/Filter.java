package com.sun.net.httpserver;

import java.io.IOException;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import kiln.http.AdaptedExchange;

/** Pre- and post-processing of requests on a context (JDK API). */
public abstract class Filter {
    protected Filter() {
    }

    /** Runs the filters of a context in order, then the handler. */
    public static class Chain {
        private final ListIterator<Filter> iter;
        private final HttpHandler handler;

        public Chain(List<Filter> filters, HttpHandler handler) {
            this.iter = filters.listIterator();
            this.handler = handler;
        }

        public void doFilter(HttpExchange exchange) throws IOException {
            if (iter.hasNext()) {
                iter.next().doFilter(exchange, this);
            } else {
                handler.handle(exchange);
            }
        }
    }

    public abstract void doFilter(HttpExchange exchange, Chain chain) throws IOException;

    public abstract String description();

    /** A filter that runs operation, then the rest of the chain. */
    public static Filter beforeHandler(String description, Consumer<HttpExchange> operation) {
        Objects.requireNonNull(description);
        Objects.requireNonNull(operation);
        return new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                operation.accept(exchange);
                chain.doFilter(exchange);
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    /** A filter that runs the rest of the chain, then operation. */
    public static Filter afterHandler(String description, Consumer<HttpExchange> operation) {
        Objects.requireNonNull(description);
        Objects.requireNonNull(operation);
        return new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                chain.doFilter(exchange);
                operation.accept(exchange);
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    /** A filter that presents the request as requestOperator transformed it to the rest of the chain. */
    public static Filter adaptRequest(String description, UnaryOperator<Request> requestOperator) {
        Objects.requireNonNull(description);
        Objects.requireNonNull(requestOperator);
        return new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                Request r = requestOperator.apply(exchange);
                chain.doFilter(new AdaptedExchange(exchange, r));
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}
