package java.util.function;

/** A source of boolean values. */
@FunctionalInterface
public interface BooleanSupplier {
    boolean getAsBoolean();
}
