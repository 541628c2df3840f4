package kiln.http;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed request line and header section (RFC 9112 §3, §5). Field names keep the case they were
 * sent with; lookups ignore case (RFC 9110 §5.1). Values have their surrounding whitespace removed.
 */
public final class RequestHead {
    private final String method;
    private final String target;
    private final int minorVersion;
    private final ArrayList<String> names = new ArrayList<>();
    private final ArrayList<String> values = new ArrayList<>();

    RequestHead(String method, String target, int minorVersion) {
        this.method = method;
        this.target = target;
        this.minorVersion = minorVersion;
    }

    void addField(String name, String value) {
        names.add(name);
        values.add(value);
    }

    public String method() {
        return method;
    }

    /** The request-target exactly as sent (origin-form, absolute-form, authority-form or "*"). */
    public String target() {
        return target;
    }

    /** 0 for HTTP/1.0, 1 for HTTP/1.1. */
    public int minorVersion() {
        return minorVersion;
    }

    /** "HTTP/1.0" or "HTTP/1.1". */
    public String protocol() {
        return minorVersion == 0 ? "HTTP/1.0" : "HTTP/1.1";
    }

    public int fieldCount() {
        return names.size();
    }

    public String fieldName(int i) {
        return names.get(i);
    }

    public String fieldValue(int i) {
        return values.get(i);
    }

    /** All values of the fields named {@code name} (any case), in order. */
    public List<String> values(String name) {
        ArrayList<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                out.add(values.get(i));
            }
        }
        return out;
    }

    /** The first value of the field named {@code name}, or null. */
    public String first(String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return values.get(i);
            }
        }
        return null;
    }

    /** The head serialised canonically (CRLF line ends, "name: value"); used by the fuzz round trip. */
    public String toWire() {
        StringBuilder sb = new StringBuilder();
        sb.append(method).append(' ').append(target).append(' ').append(protocol()).append("\r\n");
        for (int i = 0; i < names.size(); i++) {
            sb.append(names.get(i)).append(": ").append(values.get(i)).append("\r\n");
        }
        return sb.append("\r\n").toString();
    }
}
