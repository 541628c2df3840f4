package java.util.concurrent.atomic;

/**
 * A long sum for many updating threads. The JDK spreads contended updates over cells; Kiln runs
 * all threads on one CPU, where a single field updated by straight-line code (no safepoint poll
 * between the read and the write) is already atomic and never contended, so one field suffices.
 */
public class LongAdder extends Striped64 implements java.io.Serializable {
    private long sum;

    public LongAdder() {
    }

    public void add(long x) {
        sum += x;
    }

    public void increment() {
        sum++;
    }

    public void decrement() {
        sum--;
    }

    public long sum() {
        return sum;
    }

    public void reset() {
        sum = 0;
    }

    public long sumThenReset() {
        long s = sum;
        sum = 0;
        return s;
    }

    public String toString() {
        return Long.toString(sum());
    }

    public long longValue() {
        return sum();
    }

    public int intValue() {
        return (int) sum();
    }

    public float floatValue() {
        return (float) sum();
    }

    public double doubleValue() {
        return (double) sum();
    }
}
