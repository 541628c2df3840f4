package java.lang;

/** Natural ordering. */
public interface Comparable<T> {
    int compareTo(T o);
}
