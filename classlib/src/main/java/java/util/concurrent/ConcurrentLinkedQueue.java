package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import java.util.Queue;

/**
 * An unbounded thread-safe FIFO queue (no nulls). The JDK's is lock-free; on Kiln's single CPU a
 * private monitor around an ArrayDeque gives the same atomicity. Iterators walk a snapshot
 * (weakly consistent, as documented); their remove() removes that element from the queue.
 */
public class ConcurrentLinkedQueue<E> extends AbstractQueue<E> implements Queue<E>, java.io.Serializable {
    private final ArrayDeque<E> items = new ArrayDeque<>();
    private final Object lock = new Object();

    public ConcurrentLinkedQueue() {
    }

    public ConcurrentLinkedQueue(Collection<? extends E> c) {
        for (E e : c) {
            items.add(Objects.requireNonNull(e));
        }
    }

    public boolean add(E e) {
        return offer(e);
    }

    public boolean offer(E e) {
        Objects.requireNonNull(e);
        synchronized (lock) {
            items.addLast(e);
        }
        return true;
    }

    public E poll() {
        synchronized (lock) {
            return items.pollFirst();
        }
    }

    public E peek() {
        synchronized (lock) {
            return items.peekFirst();
        }
    }

    public boolean isEmpty() {
        synchronized (lock) {
            return items.isEmpty();
        }
    }

    public int size() {
        synchronized (lock) {
            return items.size();
        }
    }

    public boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (lock) {
            return items.contains(o);
        }
    }

    public boolean remove(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (lock) {
            return items.removeFirstOccurrence(o);
        }
    }

    public boolean addAll(Collection<? extends E> c) {
        if (c == this) {
            throw new IllegalArgumentException();
        }
        ArrayList<E> copy = new ArrayList<>();
        for (E e : c) {
            copy.add(Objects.requireNonNull(e));
        }
        synchronized (lock) {
            items.addAll(copy);
        }
        return !copy.isEmpty();
    }

    public void clear() {
        synchronized (lock) {
            items.clear();
        }
    }

    public Object[] toArray() {
        synchronized (lock) {
            return items.toArray();
        }
    }

    public <T> T[] toArray(T[] a) {
        synchronized (lock) {
            return items.toArray(a);
        }
    }

    public String toString() {
        Object[] a = toArray();
        return java.util.Arrays.toString(a);
    }

    public Iterator<E> iterator() {
        ArrayList<E> snapshot;
        synchronized (lock) {
            snapshot = new ArrayList<>(items);
        }
        Iterator<E> it = snapshot.iterator();
        return new Iterator<E>() {
            E last;

            public boolean hasNext() {
                return it.hasNext();
            }

            public E next() {
                return last = it.next();
            }

            public void remove() {
                if (last == null) {
                    throw new IllegalStateException();
                }
                synchronized (lock) {
                    for (Iterator<E> i = items.iterator(); i.hasNext();) {
                        if (i.next() == last) {
                            i.remove();
                            break;
                        }
                    }
                }
                last = null;
            }
        };
    }
}
