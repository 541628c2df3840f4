package java.util;

/**
 * A map keyed by the constants of one enum class: an array of values indexed by ordinal, so
 * iteration (of keySet, values, entrySet) is in ordinal order. A null value is stored as the NULL
 * marker so that "absent" and "mapped to null" differ. Iterators are not fail-fast, as in the JDK.
 */
public class EnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> implements java.io.Serializable, Cloneable {
    private final Class<K> keyType;
    /** The constants of keyType in ordinal order. */
    transient K[] keyUniverse;
    /** vals[ordinal]: null = absent, NULL = mapped to null, else the value. */
    transient Object[] vals;
    transient int size;

    private static final Object NULL = new Object();

    public EnumMap(Class<K> keyType) {
        this.keyType = keyType;
        @SuppressWarnings("unchecked")
        K[] constants = (K[]) kiln.rt.Classes.enumConstants(keyType);
        if (constants == null) {
            throw new ClassCastException(keyType + " not an enum");
        }
        keyUniverse = constants;
        vals = new Object[constants.length];
    }

    public EnumMap(EnumMap<K, ? extends V> m) {
        keyType = m.keyType;
        keyUniverse = m.keyUniverse;
        vals = m.vals.clone();
        size = m.size;
    }

    public EnumMap(Map<K, ? extends V> m) {
        this(keyTypeOf(m));
        putAll(m);
    }

    private static <K extends Enum<K>> Class<K> keyTypeOf(Map<K, ?> m) {
        if (m instanceof EnumMap<K, ?> em) {
            return em.keyType;
        }
        if (m.isEmpty()) {
            throw new IllegalArgumentException("Specified map is empty");
        }
        return m.keySet().iterator().next().getDeclaringClass();
    }

    private static Object maskNull(Object value) {
        return value == null ? NULL : value;
    }

    @SuppressWarnings("unchecked")
    private static <V> V unmaskNull(Object value) {
        return value == NULL ? null : (V) value;
    }

    private int ordinalOf(Object key) {
        return EnumSet.ordinalIn(key, keyType);
    }

    public int size() {
        return size;
    }

    public boolean containsValue(Object value) {
        Object masked = maskNull(value);
        for (Object v : vals) {
            if (v != null && (masked == v || masked.equals(v))) {
                return true;
            }
        }
        return false;
    }

    public boolean containsKey(Object key) {
        int ord = ordinalOf(key);
        return ord >= 0 && vals[ord] != null;
    }

    public V get(Object key) {
        int ord = ordinalOf(key);
        return ord >= 0 ? unmaskNull(vals[ord]) : null;
    }

    public V put(K key, V value) {
        Class<?> c = key.getClass();
        if (c != keyType && c.getSuperclass() != keyType) {
            throw new ClassCastException(c + " != " + keyType);
        }
        int ord = key.ordinal();
        Object old = vals[ord];
        vals[ord] = maskNull(value);
        if (old == null) {
            size++;
        }
        return unmaskNull(old);
    }

    public V remove(Object key) {
        int ord = ordinalOf(key);
        if (ord < 0 || vals[ord] == null) {
            return null;
        }
        Object old = vals[ord];
        vals[ord] = null;
        size--;
        return unmaskNull(old);
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        if (m instanceof EnumMap<?, ?> em && em.keyType != keyType) {
            if (em.isEmpty()) {
                return;
            }
            throw new ClassCastException(em.keyType + " != " + keyType);
        }
        super.putAll(m);
    }

    public void clear() {
        Arrays.fill(vals, null);
        size = 0;
    }

    public Set<K> keySet() {
        return new AbstractSet<K>() {
            public Iterator<K> iterator() {
                return new Walk<K>() {
                    K item(int ord) {
                        return keyUniverse[ord];
                    }
                };
            }

            public int size() {
                return size;
            }

            public boolean contains(Object o) {
                return containsKey(o);
            }

            public boolean remove(Object o) {
                int before = size;
                EnumMap.this.remove(o);
                return size != before;
            }

            public void clear() {
                EnumMap.this.clear();
            }
        };
    }

    public Collection<V> values() {
        return new AbstractCollection<V>() {
            public Iterator<V> iterator() {
                return new Walk<V>() {
                    V item(int ord) {
                        return unmaskNull(vals[ord]);
                    }
                };
            }

            public int size() {
                return size;
            }

            public boolean contains(Object o) {
                return containsValue(o);
            }

            /** Removes the first mapping (in ordinal order) to o. */
            public boolean remove(Object o) {
                Object masked = maskNull(o);
                for (int i = 0; i < vals.length; i++) {
                    if (vals[i] != null && masked.equals(vals[i])) {
                        vals[i] = null;
                        size--;
                        return true;
                    }
                }
                return false;
            }

            public void clear() {
                EnumMap.this.clear();
            }
        };
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Walk<Map.Entry<K, V>>() {
                    private Entry lastEntry;

                    Map.Entry<K, V> item(int ord) {
                        lastEntry = new Entry(ord);
                        return lastEntry;
                    }

                    public void remove() {
                        super.remove();
                        lastEntry.ord = -1;
                    }
                };
            }

            public int size() {
                return size;
            }

            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry<?, ?> e)) {
                    return false;
                }
                int ord = ordinalOf(e.getKey());
                return ord >= 0 && vals[ord] != null && Objects.equals(unmaskNull(vals[ord]), e.getValue());
            }

            public boolean remove(Object o) {
                if (!contains(o)) {
                    return false;
                }
                EnumMap.this.remove(((Map.Entry<?, ?>) o).getKey());
                return true;
            }

            public void clear() {
                EnumMap.this.clear();
            }
        };
    }

    /** Iterates over the present ordinals; remove() unmaps the last one returned. */
    private abstract class Walk<T> implements Iterator<T> {
        private int next;
        private int last = -1;

        abstract T item(int ord);

        public boolean hasNext() {
            while (next < vals.length && vals[next] == null) {
                next++;
            }
            return next < vals.length;
        }

        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            last = next++;
            return item(last);
        }

        public void remove() {
            if (last < 0) {
                throw new IllegalStateException();
            }
            if (vals[last] != null) {
                vals[last] = null;
                size--;
            }
            last = -1;
        }
    }

    /**
     * A live entry of the entry-set iterator: reads and writes vals[ord]. Removing it through the
     * iterator makes it unusable (IllegalStateException), as in the JDK.
     */
    private final class Entry implements Map.Entry<K, V> {
        private int ord;

        Entry(int ord) {
            this.ord = ord;
        }

        private void checkPresent() {
            if (ord < 0) {
                throw new IllegalStateException("Entry was removed");
            }
        }

        public K getKey() {
            checkPresent();
            return keyUniverse[ord];
        }

        public V getValue() {
            checkPresent();
            return unmaskNull(vals[ord]);
        }

        public V setValue(V value) {
            checkPresent();
            V old = unmaskNull(vals[ord]);
            vals[ord] = maskNull(value);
            return old;
        }

        public boolean equals(Object o) {
            if (ord < 0) {
                return o == this;
            }
            return o instanceof Map.Entry<?, ?> e && keyUniverse[ord] == e.getKey()
                    && Objects.equals(unmaskNull(vals[ord]), e.getValue());
        }

        public int hashCode() {
            return ord < 0 ? super.hashCode() : keyUniverse[ord].hashCode() ^ Objects.hashCode(unmaskNull(vals[ord]));
        }

        public String toString() {
            return ord < 0 ? super.toString() : keyUniverse[ord] + "=" + unmaskNull(vals[ord]);
        }
    }

    public boolean equals(Object o) {
        if (o instanceof EnumMap<?, ?> em) {
            if (em.keyType != keyType) {
                return size == 0 && em.size == 0;
            }
            for (int i = 0; i < vals.length; i++) {
                Object a = vals[i];
                Object b = em.vals[i];
                if (a != b && (a == null || b == null || !a.equals(b))) {
                    return false;
                }
            }
            return true;
        }
        return super.equals(o);
    }

    @SuppressWarnings("unchecked")
    public EnumMap<K, V> clone() {
        try {
            EnumMap<K, V> copy = (EnumMap<K, V>) super.clone();
            copy.vals = vals.clone();
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
