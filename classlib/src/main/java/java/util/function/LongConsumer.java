package java.util.function;

import java.util.Objects;

/** An operation on one long, with andThen. */
@FunctionalInterface
public interface LongConsumer {
    void accept(long value);

    default LongConsumer andThen(LongConsumer after) {
        Objects.requireNonNull(after);
        final LongConsumer self = this;
        return new LongConsumer() {
            public void accept(long v) {
                self.accept(v);
                after.accept(v);
            }
        };
    }
}
