package java.util.function;

/** A source of long values. */
@FunctionalInterface
public interface LongSupplier {
    long getAsLong();
}
