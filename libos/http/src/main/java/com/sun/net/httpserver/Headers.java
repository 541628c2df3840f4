package com.sun.net.httpserver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * HTTP header map with the JDK's key normalisation: the first character upper-case, the rest
 * lower-case (ASCII only), so "content-TYPE" is stored as "Content-type". Keys with CR or LF and
 * values with a CR or LF that is not part of a CRLF followed by SP/HT (a fold) are rejected with
 * IllegalArgumentException, so no header can inject another line.
 */
public class Headers implements Map<String, List<String>> {
    HashMap<String, List<String>> map = new HashMap<>(32);

    public Headers() {
    }

    public Headers(Map<String, List<String>> headers) {
        Objects.requireNonNull(headers);
        putAll(headers);
    }

    static String normalize(String key) {
        Objects.requireNonNull(key);
        int len = key.length();
        if (len == 0) {
            return key;
        }
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            char ch = key.charAt(i);
            if (ch == '\r' || ch == '\n') {
                throw new IllegalArgumentException("illegal character in header name");
            }
            if (i == 0 && ch >= 'a' && ch <= 'z') {
                ch = (char) (ch - 32);
            } else if (i > 0 && ch >= 'A' && ch <= 'Z') {
                ch = (char) (ch + 32);
            }
            c[i] = ch;
        }
        return new String(c);
    }

    static void checkValue(String value) {
        int len = value.length();
        for (int i = 0; i < len; i++) {
            char c = value.charAt(i);
            if (c == '\r') {
                if (i + 2 >= len || value.charAt(i + 1) != '\n'
                        || (value.charAt(i + 2) != ' ' && value.charAt(i + 2) != '\t')) {
                    throw new IllegalArgumentException("illegal CR in header value");
                }
                i += 2;
            } else if (c == '\n') {
                throw new IllegalArgumentException("illegal LF in header value");
            }
        }
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && map.containsKey(normalize(s));
    }

    @Override
    public boolean containsValue(Object value) {
        return map.containsValue(value);
    }

    @Override
    public List<String> get(Object key) {
        return key instanceof String s ? map.get(normalize(s)) : null;
    }

    /** The first value of the header, or null if it is absent or has no values. */
    public String getFirst(String key) {
        List<String> l = map.get(normalize(key));
        return l == null || l.isEmpty() ? null : l.get(0);
    }

    @Override
    public List<String> put(String key, List<String> value) {
        for (String v : value) {
            checkValue(v);
        }
        return map.put(normalize(key), value);
    }

    /** Adds a value to the header's list, creating it if needed. */
    public void add(String key, String value) {
        checkValue(value);
        String k = normalize(key);
        List<String> l = map.get(k);
        if (l == null) {
            l = new ArrayList<>(2);
            map.put(k, l);
        }
        l.add(value);
    }

    /** Replaces all values of the header with this single value. */
    public void set(String key, String value) {
        ArrayList<String> l = new ArrayList<>(1);
        l.add(value);
        put(key, l);
    }

    @Override
    public List<String> remove(Object key) {
        return key instanceof String s ? map.remove(normalize(s)) : null;
    }

    @Override
    public void putAll(Map<? extends String, ? extends List<String>> t) {
        for (Map.Entry<? extends String, ? extends List<String>> e : t.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override
    public void clear() {
        map.clear();
    }

    @Override
    public Set<String> keySet() {
        return map.keySet();
    }

    @Override
    public Collection<List<String>> values() {
        return map.values();
    }

    @Override
    public Set<Map.Entry<String, List<String>>> entrySet() {
        return map.entrySet();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super List<String>, ? extends List<String>> function) {
        Objects.requireNonNull(function);
        map.replaceAll((k, v) -> {
            List<String> r = function.apply(k, v);
            for (String s : r) {
                checkValue(s);
            }
            return r;
        });
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Headers h && map.equals(h.map);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }

    @Override
    public String toString() {
        return "Headers { " + map + " }";
    }

    /** Unmodifiable headers from name/value pairs: of("a", "1", "b", "2"). */
    public static Headers of(String... headers) {
        Objects.requireNonNull(headers);
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("wrong number, " + headers.length + ", of parameters");
        }
        Headers h = new Headers();
        for (int i = 0; i < headers.length; i += 2) {
            h.add(Objects.requireNonNull(headers[i]), Objects.requireNonNull(headers[i + 1]));
        }
        return new UnmodifiableHeaders(h);
    }

    /** Unmodifiable headers copied from a map. */
    public static Headers of(Map<String, List<String>> headers) {
        return new UnmodifiableHeaders(new Headers(headers));
    }
}
