package java.lang;

/** A task with no result. */
public interface Runnable {
    void run();
}
