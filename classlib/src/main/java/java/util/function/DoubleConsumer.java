package java.util.function;

import java.util.Objects;

/** An operation on one double, with andThen. */
@FunctionalInterface
public interface DoubleConsumer {
    void accept(double value);

    default DoubleConsumer andThen(DoubleConsumer after) {
        Objects.requireNonNull(after);
        final DoubleConsumer self = this;
        return new DoubleConsumer() {
            public void accept(double v) {
                self.accept(v);
                after.accept(v);
            }
        };
    }
}
