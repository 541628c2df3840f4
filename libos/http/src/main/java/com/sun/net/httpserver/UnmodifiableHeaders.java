package com.sun.net.httpserver;

import java.util.Collections;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** Read-only view returned by Headers.of and Request.with; every mutator throws. */
final class UnmodifiableHeaders extends Headers {
    UnmodifiableHeaders(Headers source) {
        for (Map.Entry<String, List<String>> e : source.map.entrySet()) {
            map.put(e.getKey(), Collections.unmodifiableList(e.getValue()));
        }
    }

    @Override
    public List<String> put(String key, List<String> value) {
        throw new UnsupportedOperationException("unmodifiable headers");
    }

    @Override
    public void add(String key, String value) {
        throw new UnsupportedOperationException("unmodifiable headers");
    }

    @Override
    public void set(String key, String value) {
        throw new UnsupportedOperationException("unmodifiable headers");
    }

    @Override
    public List<String> remove(Object key) {
        throw new UnsupportedOperationException("unmodifiable headers");
    }

    @Override
    public void putAll(Map<? extends String, ? extends List<String>> t) {
        throw new UnsupportedOperationException("unmodifiable headers");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("unmodifiable headers");
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super List<String>, ? extends List<String>> f) {
        throw new UnsupportedOperationException("unmodifiable headers");
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(map.keySet());
    }

    @Override
    public Collection<List<String>> values() {
        return Collections.unmodifiableCollection(map.values());
    }

    @Override
    public Set<Map.Entry<String, List<String>>> entrySet() {
        return Collections.unmodifiableSet(map.entrySet());
    }
}
