package java.lang;

/** A resource for try-with-resources. */
public interface AutoCloseable {
    void close() throws Exception;
}
