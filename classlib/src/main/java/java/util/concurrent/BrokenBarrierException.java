package java.util.concurrent;

/** Thrown when a thread waits at a CyclicBarrier that is or becomes broken. */
public class BrokenBarrierException extends Exception {
    public BrokenBarrierException() {
    }

    public BrokenBarrierException(String message) {
        super(message);
    }
}
