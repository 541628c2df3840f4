package java.util.function;

import java.util.Objects;

/** An operation on one int, with andThen. */
@FunctionalInterface
public interface IntConsumer {
    void accept(int value);

    default IntConsumer andThen(IntConsumer after) {
        Objects.requireNonNull(after);
        final IntConsumer self = this;
        return new IntConsumer() {
            public void accept(int v) {
                self.accept(v);
                after.accept(v);
            }
        };
    }
}
