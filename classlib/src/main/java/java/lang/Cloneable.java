package java.lang;

/** Marker: Object.clone() copies instances of classes that implement this. */
public interface Cloneable {
}
