package java.io;

/** Marker for serializable classes (Kiln has no object serialization; the marker is kept for type checks). */
public interface Serializable {
}
