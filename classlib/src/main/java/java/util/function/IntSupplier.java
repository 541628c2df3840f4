package java.util.function;

/** A source of int values. */
@FunctionalInterface
public interface IntSupplier {
    int getAsInt();
}
