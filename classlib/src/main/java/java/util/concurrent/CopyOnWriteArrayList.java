package java.util.concurrent;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A list whose every mutation copies the array, under a private monitor; reads and iterators use
 * the array as it was (iterators never fail and do not support mutation). Index errors are those
 * of the JDK's: element access on the array (ArrayIndexOutOfBoundsException) and, for add(index)
 * and listIterator(index), IndexOutOfBoundsException("Index: i, Size: n").
 * (subList and the SequencedCollection methods are absent.)
 */
public class CopyOnWriteArrayList<E> implements List<E>, RandomAccess, Cloneable, java.io.Serializable {
    private final transient Object lock = new Object();
    private transient volatile Object[] array;

    public CopyOnWriteArrayList() {
        array = new Object[0];
    }

    public CopyOnWriteArrayList(Collection<? extends E> c) {
        array = c.toArray().clone();
        if (array.getClass() != Object[].class) {
            array = Arrays.copyOf(array, array.length, Object[].class);
        }
    }

    public CopyOnWriteArrayList(E[] toCopyIn) {
        array = Arrays.copyOf(toCopyIn, toCopyIn.length, Object[].class);
    }

    final Object[] getArray() {
        return array;
    }

    public int size() {
        return array.length;
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    private static int indexOfRange(Object o, Object[] es, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Objects.equals(o, es[i])) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    public int indexOf(Object o) {
        Object[] es = array;
        return indexOfRange(o, es, 0, es.length);
    }

    public int indexOf(E e, int index) {
        Object[] es = array;
        return indexOfRange(e, es, index, es.length);
    }

    public int lastIndexOf(Object o) {
        Object[] es = array;
        return lastIndexOf(o, es, es.length - 1);
    }

    public int lastIndexOf(E e, int index) {
        return lastIndexOf(e, array, index);
    }

    private static int lastIndexOf(Object o, Object[] es, int index) {
        for (int i = index; i >= 0; i--) {
            if (Objects.equals(o, es[i])) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        try {
            CopyOnWriteArrayList<E> c = (CopyOnWriteArrayList<E>) super.clone();
            return c;
        } catch (CloneNotSupportedException e) {
            throw new InternalError();
        }
    }

    public Object[] toArray() {
        return array.clone();
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        Object[] es = array;
        int len = es.length;
        if (a.length < len) {
            return (T[]) Arrays.copyOf(es, len, a.getClass());
        }
        System.arraycopy(es, 0, a, 0, len);
        if (a.length > len) {
            a[len] = null;
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) array[index];
    }

    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
        synchronized (lock) {
            Object[] es = array;
            E old = (E) es[index];
            if (old != element) {
                es = es.clone();
                es[index] = element;
            }
            array = es;
            return old;
        }
    }

    public boolean add(E e) {
        synchronized (lock) {
            Object[] es = array;
            int len = es.length;
            es = Arrays.copyOf(es, len + 1);
            es[len] = e;
            array = es;
            return true;
        }
    }

    public void add(int index, E element) {
        synchronized (lock) {
            Object[] es = array;
            int len = es.length;
            if (index > len || index < 0) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + len);
            }
            Object[] n = new Object[len + 1];
            System.arraycopy(es, 0, n, 0, index);
            n[index] = element;
            System.arraycopy(es, index, n, index + 1, len - index);
            array = n;
        }
    }

    @SuppressWarnings("unchecked")
    public E remove(int index) {
        synchronized (lock) {
            Object[] es = array;
            int len = es.length;
            E old = (E) es[index];
            Object[] n = new Object[len - 1];
            System.arraycopy(es, 0, n, 0, index);
            System.arraycopy(es, index + 1, n, index, len - index - 1);
            array = n;
            return old;
        }
    }

    public boolean remove(Object o) {
        synchronized (lock) {
            int i = indexOf(o);
            if (i < 0) {
                return false;
            }
            remove(i);
            return true;
        }
    }

    public boolean addIfAbsent(E e) {
        synchronized (lock) {
            if (indexOf(e) >= 0) {
                return false;
            }
            return add(e);
        }
    }

    public boolean containsAll(Collection<?> c) {
        Object[] es = array;
        for (Object e : c) {
            if (indexOfRange(e, es, 0, es.length) < 0) {
                return false;
            }
        }
        return true;
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(c::contains);
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(e -> !c.contains(e));
    }

    public int addAllAbsent(Collection<? extends E> c) {
        synchronized (lock) {
            int added = 0;
            for (E e : c.toArray((E[]) new Object[0])) {
                if (addIfAbsent(e)) {
                    added++;
                }
            }
            return added;
        }
    }

    public void clear() {
        synchronized (lock) {
            array = new Object[0];
        }
    }

    public boolean addAll(Collection<? extends E> c) {
        Object[] cs = c.toArray();
        if (cs.length == 0) {
            return false;
        }
        synchronized (lock) {
            Object[] es = array;
            Object[] n = Arrays.copyOf(es, es.length + cs.length);
            System.arraycopy(cs, 0, n, es.length, cs.length);
            array = n;
            return true;
        }
    }

    public boolean addAll(int index, Collection<? extends E> c) {
        Object[] cs = c.toArray();
        synchronized (lock) {
            Object[] es = array;
            int len = es.length;
            if (index > len || index < 0) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + len);
            }
            if (cs.length == 0) {
                return false;
            }
            Object[] n = new Object[len + cs.length];
            System.arraycopy(es, 0, n, 0, index);
            System.arraycopy(cs, 0, n, index, cs.length);
            System.arraycopy(es, index, n, index + cs.length, len - index);
            array = n;
            return true;
        }
    }

    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (Object x : array) {
            action.accept((E) x);
        }
    }

    @SuppressWarnings("unchecked")
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        synchronized (lock) {
            Object[] es = array;
            Object[] kept = new Object[es.length];
            int n = 0;
            for (Object x : es) {
                if (!filter.test((E) x)) {
                    kept[n++] = x;
                }
            }
            if (n == es.length) {
                return false;
            }
            array = Arrays.copyOf(kept, n);
            return true;
        }
    }

    @SuppressWarnings("unchecked")
    public void replaceAll(UnaryOperator<E> operator) {
        Objects.requireNonNull(operator);
        synchronized (lock) {
            Object[] es = array.clone();
            for (int i = 0; i < es.length; i++) {
                es[i] = operator.apply((E) es[i]);
            }
            array = es;
        }
    }

    @SuppressWarnings("unchecked")
    public void sort(Comparator<? super E> c) {
        synchronized (lock) {
            Object[] es = array.clone();
            Arrays.sort(es, (Comparator<Object>) c);
            array = es;
        }
    }

    public String toString() {
        return Arrays.toString(array);
    }

    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof List<?> l)) {
            return false;
        }
        Object[] es = array;
        Iterator<?> it = l.iterator();
        for (Object e : es) {
            if (!it.hasNext() || !Objects.equals(e, it.next())) {
                return false;
            }
        }
        return !it.hasNext();
    }

    public int hashCode() {
        int h = 1;
        for (Object e : array) {
            h = 31 * h + (e == null ? 0 : e.hashCode());
        }
        return h;
    }

    public Iterator<E> iterator() {
        return new COWIterator<E>(array, 0);
    }

    public ListIterator<E> listIterator() {
        return new COWIterator<E>(array, 0);
    }

    public ListIterator<E> listIterator(int index) {
        Object[] es = array;
        if (index < 0 || index > es.length) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + es.length);
        }
        return new COWIterator<E>(es, index);
    }

    /** Iterates the array as it was when created; mutation is unsupported. */
    static final class COWIterator<E> implements ListIterator<E> {
        private final Object[] snapshot;
        private int cursor;

        COWIterator(Object[] es, int initialCursor) {
            snapshot = es;
            cursor = initialCursor;
        }

        public boolean hasNext() {
            return cursor < snapshot.length;
        }

        public boolean hasPrevious() {
            return cursor > 0;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return (E) snapshot[cursor++];
        }

        @SuppressWarnings("unchecked")
        public E previous() {
            if (!hasPrevious()) {
                throw new NoSuchElementException();
            }
            return (E) snapshot[--cursor];
        }

        public int nextIndex() {
            return cursor;
        }

        public int previousIndex() {
            return cursor - 1;
        }

        public void remove() {
            throw new UnsupportedOperationException();
        }

        public void set(E e) {
            throw new UnsupportedOperationException();
        }

        public void add(E e) {
            throw new UnsupportedOperationException();
        }

        @SuppressWarnings("unchecked")
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            while (cursor < snapshot.length) {
                action.accept((E) snapshot[cursor++]);
            }
        }
    }

    public List<E> subList(int fromIndex, int toIndex) {
        throw new UnsupportedOperationException("CopyOnWriteArrayList.subList is not available in Kiln");
    }
}
