package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;

/**
 * A queue with no capacity: each put waits for a take and each take for a put. Built on this
 * object's monitor: waiting producers and consumers sit in two lists of nodes; an arriving
 * thread matches the waiting counterpart (the oldest for a fair queue, the newest otherwise, as
 * the JDK's queue/stack modes do) and wakes it with notifyAll.
 */
public class SynchronousQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final class Node {
        Object item;
        boolean matched;
    }

    private final boolean fair;
    private final ArrayDeque<Node> putters = new ArrayDeque<>();
    private final ArrayDeque<Node> takers = new ArrayDeque<>();

    public SynchronousQueue() {
        this(false);
    }

    public SynchronousQueue(boolean fair) {
        this.fair = fair;
    }

    private Node pick(ArrayDeque<Node> waiting) {
        return fair ? waiting.pollFirst() : waiting.pollLast();
    }

    /** Hands e to a waiting taker, or waits (up to nanos if timed; not at all if nanos == 0) for one. */
    private synchronized boolean transferOut(E e, boolean timed, long nanos) throws InterruptedException {
        Objects.requireNonNull(e);
        Node t = pick(takers);
        if (t != null) {
            t.item = e;
            t.matched = true;
            notifyAll();
            return true;
        }
        if (timed && nanos <= 0) {
            return false;
        }
        Node me = new Node();
        me.item = e;
        putters.addLast(me);
        return awaitMatch(me, putters, timed, nanos);
    }

    @SuppressWarnings("unchecked")
    private synchronized E transferIn(boolean timed, long nanos) throws InterruptedException {
        Node p = pick(putters);
        if (p != null) {
            p.matched = true;
            notifyAll();
            return (E) p.item;
        }
        if (timed && nanos <= 0) {
            return null;
        }
        Node me = new Node();
        takers.addLast(me);
        return awaitMatch(me, takers, timed, nanos) ? (E) me.item : null;
    }

    /** Waits (holding this monitor between waits) until me is matched; false on time-out. */
    private boolean awaitMatch(Node me, ArrayDeque<Node> list, boolean timed, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        try {
            while (!me.matched) {
                if (timed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        list.remove(me);
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } else {
                    wait();
                }
            }
            return true;
        } catch (InterruptedException ie) {
            if (me.matched) {
                Thread.currentThread().interrupt(); // the hand-off happened: keep it, keep the interrupt
                return true;
            }
            list.remove(me);
            throw ie;
        }
    }

    public void put(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        transferOut(e, false, 0);
    }

    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return transferOut(e, true, unit.toNanos(timeout));
    }

    public boolean offer(E e) {
        Objects.requireNonNull(e);
        try {
            return transferOut(e, true, 0);
        } catch (InterruptedException ie) {
            throw new IllegalStateException(ie); // cannot happen: never waits
        }
    }

    public E take() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return transferIn(false, 0);
    }

    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return transferIn(true, unit.toNanos(timeout));
    }

    public E poll() {
        try {
            return transferIn(true, 0);
        } catch (InterruptedException ie) {
            throw new IllegalStateException(ie);
        }
    }

    public boolean isEmpty() {
        return true;
    }

    public int size() {
        return 0;
    }

    public int remainingCapacity() {
        return 0;
    }

    public void clear() {
    }

    public boolean contains(Object o) {
        return false;
    }

    public boolean remove(Object o) {
        return false;
    }

    public boolean containsAll(Collection<?> c) {
        return c.isEmpty();
    }

    public boolean removeAll(Collection<?> c) {
        return false;
    }

    public boolean retainAll(Collection<?> c) {
        return false;
    }

    public E peek() {
        return null;
    }

    public Iterator<E> iterator() {
        return Collections.emptyIterator();
    }

    public Object[] toArray() {
        return new Object[0];
    }

    public <T> T[] toArray(T[] a) {
        if (a.length > 0) {
            a[0] = null;
        }
        return a;
    }

    public String toString() {
        return "[]";
    }

    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    public int drainTo(Collection<? super E> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == this) {
            throw new IllegalArgumentException();
        }
        int n = 0;
        for (E e; n < maxElements && (e = poll()) != null; n++) {
            c.add(e);
        }
        return n;
    }
}
