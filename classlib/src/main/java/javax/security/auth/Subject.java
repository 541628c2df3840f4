package javax.security.auth;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * A group of related information for a single entity: its principals and its public and private
 * credentials, as three live sets that refuse nulls (and, for principals, anything that is not a
 * Principal) and every change once the subject is read-only. Messages, iteration order
 * (insertion) and hashCode are the JDK's.
 *
 * Not provided: the access-control methods (doAs, doAsPrivileged, getSubject, current, callAs)
 * and serialization.
 */
public final class Subject implements java.io.Serializable {
    private final SecureSet<Principal> principals;
    private final SecureSet<Object> pubCredentials;
    private final SecureSet<Object> privCredentials;
    private volatile boolean readOnly;

    public Subject() {
        principals = new SecureSet<>(this, true);
        pubCredentials = new SecureSet<>(this, false);
        privCredentials = new SecureSet<>(this, false);
    }

    public Subject(boolean readOnly, Set<? extends Principal> principals, Set<?> pubCredentials,
                   Set<?> privCredentials) {
        this();
        requireNoNulls(principals);
        requireNoNulls(pubCredentials);
        requireNoNulls(privCredentials);
        this.principals.addAll(principals);
        this.pubCredentials.addAll(pubCredentials);
        this.privCredentials.addAll(privCredentials);
        this.readOnly = readOnly;
    }

    private static void requireNoNulls(Set<?> set) {
        if (set == null) {
            throw new NullPointerException("invalid null input(s)");
        }
        for (Object o : set) {
            if (o == null) {
                throw new NullPointerException("invalid null input(s)");
            }
        }
    }

    public void setReadOnly() {
        readOnly = true;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public Set<Principal> getPrincipals() {
        return principals;
    }

    public <T extends Principal> Set<T> getPrincipals(Class<T> c) {
        return select(principals, c);
    }

    public Set<Object> getPublicCredentials() {
        return pubCredentials;
    }

    public <T> Set<T> getPublicCredentials(Class<T> c) {
        return select(pubCredentials, c);
    }

    public Set<Object> getPrivateCredentials() {
        return privCredentials;
    }

    public <T> Set<T> getPrivateCredentials(Class<T> c) {
        return select(privCredentials, c);
    }

    /** A new (unlinked) set of the members that are instances of c. */
    private static <T> Set<T> select(SecureSet<?> from, Class<T> c) {
        if (c == null) {
            throw new NullPointerException("invalid null Class provided");
        }
        Set<T> out = new HashSet<>();
        for (Object o : from.snapshot()) {
            if (c.isAssignableFrom(o.getClass())) {
                out.add(c.cast(o));
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Subject that)) {
            return false;
        }
        return principals.equals(that.principals.copy())
                && pubCredentials.equals(that.pubCredentials.copy())
                && privCredentials.equals(that.privCredentials.copy());
    }

    /** Principals and public credentials, combined with exclusive or (private ones stay out). */
    @Override
    public int hashCode() {
        int h = 0;
        for (Object p : principals.snapshot()) {
            h ^= p.hashCode();
        }
        for (Object o : pubCredentials.snapshot()) {
            h ^= o.hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Subject:\n");
        for (Object p : principals.snapshot()) {
            sb.append("\tPrincipal: ").append(p).append('\n');
        }
        for (Object o : pubCredentials.snapshot()) {
            sb.append("\tPublic Credential: ").append(o).append('\n');
        }
        for (Object o : privCredentials.snapshot()) {
            sb.append("\tPrivate Credential: ").append(o).append('\n');
        }
        return sb.toString();
    }

    /**
     * One of a subject's sets: insertion-ordered, no duplicates or nulls, frozen with the subject.
     * Like the JDK's it implements Set directly, so toString is Object's.
     */
    private static final class SecureSet<E> implements Set<E>, java.io.Serializable {
        private final Subject subject;
        private final boolean principalSet;
        private final ArrayList<E> elements = new ArrayList<>();

        SecureSet(Subject subject, boolean principalSet) {
            this.subject = subject;
            this.principalSet = principalSet;
        }

        private void checkWritable() {
            if (subject.readOnly) {
                throw new IllegalStateException("Subject is read-only");
            }
        }

        synchronized Object[] snapshot() {
            return elements.toArray();
        }

        synchronized Set<Object> copy() {
            return new HashSet<>(elements);
        }

        @Override
        public synchronized int size() {
            return elements.size();
        }

        @Override
        public synchronized boolean isEmpty() {
            return elements.isEmpty();
        }

        @Override
        public synchronized boolean contains(Object o) {
            return elements.contains(o);
        }

        @Override
        public synchronized boolean add(E o) {
            checkWritable();
            if (o == null) {
                throw new NullPointerException("invalid null input(s)");
            }
            if (principalSet && !(o instanceof Principal)) {
                throw new SecurityException("attempting to add an object which is not an instance of "
                        + "java.security.Principal to a Subject's Principal Set");
            }
            if (elements.contains(o)) {
                return false;
            }
            return elements.add(o);
        }

        @Override
        public synchronized boolean remove(Object o) {
            if (o == null) {
                throw new NullPointerException("invalid null input(s)");
            }
            checkWritable();
            return elements.remove(o);
        }

        @Override
        public Iterator<E> iterator() {
            final Object[] items = snapshot();
            return new Iterator<E>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < items.length;
                }

                @Override
                @SuppressWarnings("unchecked")
                public E next() {
                    if (next >= items.length) {
                        throw new java.util.NoSuchElementException();
                    }
                    return (E) items[next++];
                }

                @Override
                public void remove() {
                    if (next == 0) {
                        throw new IllegalStateException();
                    }
                    checkWritable();
                    synchronized (SecureSet.this) {
                        elements.remove(items[next - 1]);
                    }
                }
            };
        }

        @Override
        public synchronized boolean containsAll(Collection<?> c) {
            for (Object o : c) {
                if (o == null) {
                    throw new NullPointerException("invalid null input(s)");
                }
                if (!elements.contains(o)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean addAll(Collection<? extends E> c) {
            boolean changed = false;
            for (E e : c) {
                changed |= add(e);
            }
            return changed;
        }

        @Override
        public synchronized boolean removeAll(Collection<?> c) {
            checkWritable();
            return elements.removeAll(c);
        }

        @Override
        public synchronized boolean retainAll(Collection<?> c) {
            checkWritable();
            return elements.retainAll(c);
        }

        @Override
        public synchronized void clear() {
            checkWritable();
            elements.clear();
        }

        @Override
        public synchronized Object[] toArray() {
            return elements.toArray();
        }

        @Override
        public synchronized <T> T[] toArray(T[] a) {
            return elements.toArray(a);
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof Set<?> other) || other.size() != size()) {
                return false;
            }
            try {
                return containsAll(other);
            } catch (ClassCastException | NullPointerException e) {
                return false;
            }
        }

        @Override
        public synchronized int hashCode() {
            int h = 0;
            for (E e : elements) {
                h += e.hashCode();
            }
            return h;
        }
    }
}
