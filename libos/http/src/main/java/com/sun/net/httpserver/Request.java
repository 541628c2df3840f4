package com.sun.net.httpserver;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** The request state of an exchange, as seen by Filter.adaptRequest (JDK 18+ API). */
public interface Request {
    URI getRequestURI();

    String getRequestMethod();

    Headers getRequestHeaders();

    /**
     * An identical request with one more header; an existing header of that name keeps its values.
     * The returned request's headers are unmodifiable.
     */
    default Request with(String headerName, List<String> headerValues) {
        Objects.requireNonNull(headerName);
        Objects.requireNonNull(headerValues);
        Request self = this;
        Headers copy = new Headers(getRequestHeaders());
        if (!copy.containsKey(headerName)) {
            copy.put(headerName, headerValues);
        }
        Headers headers = new UnmodifiableHeaders(copy);
        return new Request() {
            @Override
            public URI getRequestURI() {
                return self.getRequestURI();
            }

            @Override
            public String getRequestMethod() {
                return self.getRequestMethod();
            }

            @Override
            public Headers getRequestHeaders() {
                return headers;
            }
        };
    }
}
