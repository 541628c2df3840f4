package kiln.http;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A context of a {@link KilnHttpServer}: a path prefix, its handler, filters and attributes. */
final class KilnHttpContext extends HttpContext {
    private final String path;
    private final KilnHttpServer server;
    private volatile HttpHandler handler;
    private final HashMap<String, Object> attributes = new HashMap<>();
    private final ArrayList<Filter> filters = new ArrayList<>();

    KilnHttpContext(String path, HttpHandler handler, KilnHttpServer server) {
        this.path = path;
        this.handler = handler;
        this.server = server;
    }

    @Override
    public HttpHandler getHandler() {
        return handler;
    }

    @Override
    public void setHandler(HttpHandler h) {
        if (h == null) {
            throw new NullPointerException("null handler parameter");
        }
        if (handler != null) {
            throw new IllegalArgumentException("handler already set");
        }
        handler = h;
    }

    @Override
    public String getPath() {
        return path;
    }

    @Override
    public HttpServer getServer() {
        return server;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    @Override
    public List<Filter> getFilters() {
        return filters;
    }

    /** Not implemented in Kiln: refusing loudly is better than serving without the authentication asked for. */
    @Override
    public Authenticator setAuthenticator(Authenticator auth) {
        throw new UnsupportedOperationException("Kiln's HttpServer does not support Authenticator yet");
    }

    @Override
    public Authenticator getAuthenticator() {
        return null;
    }
}
