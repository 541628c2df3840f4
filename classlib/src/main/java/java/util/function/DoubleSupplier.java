package java.util.function;

/** A source of double values. */
@FunctionalInterface
public interface DoubleSupplier {
    double getAsDouble();
}
