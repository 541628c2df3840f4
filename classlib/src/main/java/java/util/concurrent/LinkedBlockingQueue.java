package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.PriorityQueue;

/** An optionally bounded FIFO blocking queue (default capacity Integer.MAX_VALUE), on QueueCore. */
public class LinkedBlockingQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private final QueueCore<E> core;

    public LinkedBlockingQueue() {
        this(Integer.MAX_VALUE);
    }

    public LinkedBlockingQueue(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        core = new QueueCore<>(new ArrayDeque<>(), capacity, false);
    }

    public LinkedBlockingQueue(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
        for (E e : c) {
            if (e == null) {
                throw new NullPointerException();
            }
            if (!core.offer(e)) {
                throw new IllegalStateException("Queue full");
            }
        }
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
