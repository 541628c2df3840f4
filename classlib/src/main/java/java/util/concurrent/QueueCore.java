package java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The shared body of Kiln's lock-based blocking queues (ArrayBlockingQueue, LinkedBlockingQueue,
 * PriorityBlockingQueue): a plain java.util queue guarded by one ReentrantLock with "not empty"
 * and "not full" conditions. The public classes delegate to it, so their class hierarchy stays
 * the JDK's. Iterators walk a snapshot taken under the lock (weakly consistent, as allowed);
 * their remove() removes that element from the live queue.
 */
final class QueueCore<E> {
    final ReentrantLock lock;
    private final Condition notEmpty;
    private final Condition notFull;
    final Queue<E> items;
    final int capacity;

    QueueCore(Queue<E> items, int capacity, boolean fair) {
        this.items = items;
        this.capacity = capacity;
        lock = new ReentrantLock(fair);
        notEmpty = lock.newCondition();
        notFull = lock.newCondition();
    }

    private void insert(E e) {
        items.offer(e);
        notEmpty.signal();
    }

    private E extract() {
        E e = items.poll();
        notFull.signal();
        return e;
    }

    boolean offer(E e) {
        Objects.requireNonNull(e);
        lock.lock();
        try {
            if (items.size() >= capacity) {
                return false;
            }
            insert(e);
            return true;
        } finally {
            lock.unlock();
        }
    }

    void put(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        lock.lockInterruptibly();
        try {
            while (items.size() >= capacity) {
                notFull.await();
            }
            insert(e);
        } finally {
            lock.unlock();
        }
    }

    boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (items.size() >= capacity) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = notFull.awaitNanos(nanos);
            }
            insert(e);
            return true;
        } finally {
            lock.unlock();
        }
    }

    E poll() {
        lock.lock();
        try {
            return items.isEmpty() ? null : extract();
        } finally {
            lock.unlock();
        }
    }

    E take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (items.isEmpty()) {
                notEmpty.await();
            }
            return extract();
        } finally {
            lock.unlock();
        }
    }

    E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (items.isEmpty()) {
                if (nanos <= 0) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return extract();
        } finally {
            lock.unlock();
        }
    }

    E peek() {
        lock.lock();
        try {
            return items.peek();
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }

    int remainingCapacity() {
        lock.lock();
        try {
            return capacity == Integer.MAX_VALUE ? Integer.MAX_VALUE : capacity - items.size();
        } finally {
            lock.unlock();
        }
    }

    boolean remove(Object o) {
        if (o == null) {
            return false;
        }
        lock.lock();
        try {
            boolean removed = items.remove(o);
            if (removed) {
                notFull.signal();
            }
            return removed;
        } finally {
            lock.unlock();
        }
    }

    boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        lock.lock();
        try {
            return items.contains(o);
        } finally {
            lock.unlock();
        }
    }

    void clear() {
        lock.lock();
        try {
            items.clear();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    int drainTo(Collection<? super E> c, int max, Object self) {
        Objects.requireNonNull(c);
        if (c == self) {
            throw new IllegalArgumentException();
        }
        if (max <= 0) {
            return 0;
        }
        lock.lock();
        try {
            int n = 0;
            while (n < max && !items.isEmpty()) {
                c.add(items.poll());
                n++;
            }
            if (n > 0) {
                notFull.signalAll();
            }
            return n;
        } finally {
            lock.unlock();
        }
    }

    Object[] toArray() {
        lock.lock();
        try {
            return items.toArray();
        } finally {
            lock.unlock();
        }
    }

    <T> T[] toArray(T[] a) {
        lock.lock();
        try {
            return items.toArray(a);
        } finally {
            lock.unlock();
        }
    }

    Iterator<E> iterator() {
        ArrayList<E> snapshot;
        lock.lock();
        try {
            snapshot = new ArrayList<>(items);
        } finally {
            lock.unlock();
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
                removeExact(last);
                last = null;
            }
        };
    }

    /** Removes this very element (identity), for iterator removal. */
    private void removeExact(E e) {
        lock.lock();
        try {
            for (Iterator<E> i = items.iterator(); i.hasNext();) {
                if (i.next() == e) {
                    i.remove();
                    notFull.signal();
                    return;
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
