package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.PriorityQueue;

/**
 * A bounded FIFO blocking queue (a ring buffer in the JDK; here an ArrayDeque behind
 * QueueCore's lock and conditions). A fair queue serves blocked threads in arrival order.
 */
public class ArrayBlockingQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private final QueueCore<E> core;

    public ArrayBlockingQueue(int capacity) {
        this(capacity, false);
    }

    public ArrayBlockingQueue(int capacity, boolean fair) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        core = new QueueCore<>(new ArrayDeque<>(Math.min(capacity, 1024)), capacity, fair);
    }

    public ArrayBlockingQueue(int capacity, boolean fair, Collection<? extends E> c) {
        this(capacity, fair);
        for (E e : c) {
            java.util.Objects.requireNonNull(e);
            if (!core.offer(e)) {
                throw new IllegalArgumentException();
            }
        }
    }

    public boolean add(E e) {
        if (core.offer(e)) {
            return true;
        }
        throw new IllegalStateException("Queue full");
    }

    public boolean offer(E e) {
        return core.offer(e);
    }

    public void put(E e) throws InterruptedException {
        core.put(e);
    }

    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return core.offer(e, timeout, unit);
    }

    public E poll() {
        return core.poll();
    }

    public E take() throws InterruptedException {
        return core.take();
    }

    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return core.poll(timeout, unit);
    }

    public E peek() {
        return core.peek();
    }

    public int size() {
        return core.size();
    }

    public int remainingCapacity() {
        return core.remainingCapacity();
    }

    public boolean remove(Object o) {
        return core.remove(o);
    }

    public boolean contains(Object o) {
        return core.contains(o);
    }

    public void clear() {
        core.clear();
    }

    public int drainTo(Collection<? super E> c) {
        return core.drainTo(c, Integer.MAX_VALUE, this);
    }

    public int drainTo(Collection<? super E> c, int maxElements) {
        return core.drainTo(c, maxElements, this);
    }

    public Object[] toArray() {
        return core.toArray();
    }

    public <T> T[] toArray(T[] a) {
        return core.toArray(a);
    }

    public Iterator<E> iterator() {
        return core.iterator();
    }
}
