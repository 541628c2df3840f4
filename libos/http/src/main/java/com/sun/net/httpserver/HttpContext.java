package com.sun.net.httpserver;

import java.util.List;
import java.util.Map;

/** A path prefix of a server bound to a handler, with filters and attributes (JDK API). */
public abstract class HttpContext {
    protected HttpContext() {
    }

    public abstract HttpHandler getHandler();

    public abstract void setHandler(HttpHandler handler);

    public abstract String getPath();

    public abstract HttpServer getServer();

    public abstract Map<String, Object> getAttributes();

    public abstract List<Filter> getFilters();

    public abstract Authenticator setAuthenticator(Authenticator auth);

    public abstract Authenticator getAuthenticator();
}
