package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.PriorityQueue;

/**
 * An unbounded priority blocking queue: a java.util.PriorityQueue (the same binary heap, so the
 * same iteration order) behind QueueCore's lock; put never blocks.
 */
public class PriorityBlockingQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private final QueueCore<E> core;
    private final Comparator<? super E> comparator;

    public PriorityBlockingQueue() {
        this(11, null);
    }

    public PriorityBlockingQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    public PriorityBlockingQueue(int initialCapacity, Comparator<? super E> comparator) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException();
        }
        this.comparator = comparator;
        core = new QueueCore<>(new PriorityQueue<>(initialCapacity, comparator), Integer.MAX_VALUE, false);
    }

    @SuppressWarnings("unchecked")
    public PriorityBlockingQueue(Collection<? extends E> c) {
        this.comparator = c instanceof java.util.SortedSet<?> s ? (Comparator<? super E>) s.comparator()
                : c instanceof PriorityBlockingQueue<?> p ? (Comparator<? super E>) p.comparator()
                : c instanceof PriorityQueue<?> q ? (Comparator<? super E>) q.comparator() : null;
        PriorityQueue<E> q = new PriorityQueue<>(Math.max(1, c.size()), comparator);
        for (E e : c) {
            q.add(java.util.Objects.requireNonNull(e));
        }
        core = new QueueCore<>(q, Integer.MAX_VALUE, false);
    }

    public Comparator<? super E> comparator() {
        return comparator;
    }

    public boolean add(E e) {
        return core.offer(e);
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
