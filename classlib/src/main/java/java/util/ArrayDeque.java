package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Resizable circular-array Deque; null elements are rejected with NullPointerException, empty
 * accessors throw NoSuchElementException. Iterators are weakly checked: they visit the number of
 * elements present when created and throw ConcurrentModificationException on a vanished slot.
 * Not provided: spliterator, reversed.
 */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {
    transient Object[] elements;
    transient int head;
    transient int count;

    public ArrayDeque() {
        elements = new Object[16 + 1];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[(numElements < 1) ? 1 : (numElements == Integer.MAX_VALUE) ? Integer.MAX_VALUE : numElements + 1];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        for (E e : c) {
            addLast(e);
        }
    }

    private int phys(int logical) {
        int i = head + logical;
        return i >= elements.length ? i - elements.length : i;
    }

    private void ensureRoom() {
        if (count == elements.length) {
            int oldCap = elements.length;
            int newCap = oldCap < 64 ? oldCap * 2 + 2 : oldCap + (oldCap >> 1);
            Object[] a = new Object[newCap];
            for (int i = 0; i < count; i++) {
                a[i] = elements[phys(i)];
            }
            elements = a;
            head = 0;
        }
    }

    public void addFirst(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        ensureRoom();
        head = (head == 0 ? elements.length : head) - 1;
        elements[head] = e;
        count++;
    }

    public void addLast(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        ensureRoom();
        elements[phys(count)] = e;
        count++;
    }

    public boolean addAll(Collection<? extends E> c) {
        int before = count;
        for (E e : c) {
            addLast(e);
        }
        return before != count;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollFirst() {
        if (count == 0) {
            return null;
        }
        E e = (E) elements[head];
        elements[head] = null;
        head = (head + 1 == elements.length) ? 0 : head + 1;
        count--;
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollLast() {
        if (count == 0) {
            return null;
        }
        int i = phys(count - 1);
        E e = (E) elements[i];
        elements[i] = null;
        count--;
        return e;
    }

    public E getFirst() {
        E e = peekFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E getLast() {
        E e = peekLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E peekFirst() {
        return count == 0 ? null : (E) elements[head];
    }

    @SuppressWarnings("unchecked")
    public E peekLast() {
        return count == 0 ? null : (E) elements[phys(count - 1)];
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            for (int i = 0; i < count; i++) {
                if (o.equals(elements[phys(i)])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            for (int i = count - 1; i >= 0; i--) {
                if (o.equals(elements[phys(i)])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    /** Removes the element at logical index i, shifting the shorter side. */
    void delete(int i) {
        if (i < count / 2) {
            for (int j = i; j > 0; j--) {
                elements[phys(j)] = elements[phys(j - 1)];
            }
            elements[head] = null;
            head = (head + 1 == elements.length) ? 0 : head + 1;
        } else {
            for (int j = i; j < count - 1; j++) {
                elements[phys(j)] = elements[phys(j + 1)];
            }
            elements[phys(count - 1)] = null;
        }
        count--;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    public int size() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public Iterator<E> iterator() {
        return new DeqIterator(false);
    }

    public Iterator<E> descendingIterator() {
        return new DeqIterator(true);
    }

    private class DeqIterator implements Iterator<E> {
        private final boolean descending;
        private int cursor;
        private int remaining;
        private int lastRet = -1;

        DeqIterator(boolean descending) {
            this.descending = descending;
            this.remaining = count;
            this.cursor = descending ? count - 1 : 0;
        }

        public boolean hasNext() {
            return remaining > 0;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            if (cursor < 0 || cursor >= count) {
                throw new ConcurrentModificationException();
            }
            E e = (E) elements[phys(cursor)];
            if (e == null) {
                throw new ConcurrentModificationException();
            }
            lastRet = cursor;
            cursor += descending ? -1 : 1;
            remaining--;
            return e;
        }

        public void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            delete(lastRet);
            if (!descending) {
                cursor--;
            }
            lastRet = -1;
        }
    }

    public boolean contains(Object o) {
        if (o != null) {
            for (int i = 0; i < count; i++) {
                if (o.equals(elements[phys(i)])) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        for (int i = 0; i < elements.length; i++) {
            elements[i] = null;
        }
        head = 0;
        count = 0;
    }

    public Object[] toArray() {
        Object[] a = new Object[count];
        for (int i = 0; i < count; i++) {
            a[i] = elements[phys(i)];
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        if (a.length < count) {
            a = (T[]) kiln.rt.Heap.newArray(a.getClass(), count);
        }
        Object[] r = a;
        for (int i = 0; i < count; i++) {
            r[i] = elements[phys(i)];
        }
        if (a.length > count) {
            a[count] = null;
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (int i = 0; i < count; i++) {
            action.accept((E) elements[phys(i)]);
        }
    }

    @SuppressWarnings("unchecked")
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        return bulkRemove(filter);
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(new Predicate<Object>() {
            public boolean test(Object e) {
                return c.contains(e);
            }
        });
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(new Predicate<Object>() {
            public boolean test(Object e) {
                return !c.contains(e);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private boolean bulkRemove(Predicate<? super E> filter) {
        boolean[] dead = new boolean[count];
        boolean any = false;
        for (int i = 0; i < count; i++) {
            if (filter.test((E) elements[phys(i)])) {
                dead[i] = true;
                any = true;
            }
        }
        if (!any) {
            return false;
        }
        int w = 0;
        for (int r = 0; r < count; r++) {
            if (!dead[r]) {
                elements[phys(w++)] = elements[phys(r)];
            }
        }
        for (int i = w; i < count; i++) {
            elements[phys(i)] = null;
        }
        count = w;
        return true;
    }

    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> result = (ArrayDeque<E>) super.clone();
            result.elements = Arrays.copyOf(elements, elements.length);
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }
}
