package java.util.stream;

import java.util.Iterator;

/**
 * Base interface of Kiln's sequential streams. Provided: iterator and close.
 * Not provided: spliterator, parallel/sequential/unordered, onClose.
 */
public interface BaseStream<T, S extends BaseStream<T, S>> extends AutoCloseable {
    Iterator<T> iterator();

    void close();
}
