package java.util.concurrent;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A hash map for concurrent use that iterates in HotSpot's order. Kiln runs threads on one CPU,
 * so every operation simply runs under this map's private monitor, and readers take it too; what
 * takes care is the table layout, which is observable through iteration and toString:
 * <ul>
 * <li>hash spreading {@code (h ^ h >>> 16) & 0x7fffffff}, bins in index order, a list bin appends;</li>
 * <li>sizing: the table is created on first insertion (16, or the capacity the constructor computed
 * as tableSizeFor(1 + initialCapacity / loadFactor)), and doubles when the count reaches
 * 3/4 of the length; putAll into a non-empty map first pre-sizes for count + m.size();</li>
 * <li>a resize splits each list bin on the new bit: the longest tail run of nodes that go the same
 * way moves as it is, the nodes before it are copied and pushed in front of their new list (so
 * they come out reversed) — this is what makes the order differ from HashMap's;</li>
 * <li>a list bin that reaches 9 nodes (or a lookup that matches at position 8 or later) either
 * pre-sizes the table to at least twice its length (tables under 64; this may double it
 * several times) or turns the bin into a "tree bin", which Kiln keeps as a list in the JDK's
 * tree bins' iteration order: new nodes go in front, a resize splits it preserving order, and a
 * half of 6 nodes or fewer becomes a list bin again.</li>
 * </ul>
 * Known difference: the JDK also turns a tree bin back into a list when removals make its
 * red-black tree small, at a moment that depends on the tree's shape; Kiln keeps it a tree bin
 * until the next resize. Only maps with 9 or more keys of equal spread hash modulo a table of 64+
 * can tell. A mapping function that modifies this map gets no "Recursive update" error here.
 */
public class ConcurrentHashMap<K, V> extends AbstractMap<K, V> implements ConcurrentMap<K, V>, java.io.Serializable {
    private static final int MAXIMUM_CAPACITY = 1 << 30;
    private static final int DEFAULT_CAPACITY = 16;
    private static final int TREEIFY_THRESHOLD = 8;
    private static final int UNTREEIFY_THRESHOLD = 6;
    private static final int MIN_TREEIFY_CAPACITY = 64;

    static final class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V val;
        Node<K, V> next;
        ConcurrentHashMap<K, V> map;

        Node(int hash, K key, V val, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.val = val;
            this.next = next;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return val;
        }

        public int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        public String toString() {
            return key + "=" + val;
        }

        public V setValue(V value) {
            throw new UnsupportedOperationException();
        }

        public boolean equals(Object o) {
            Object k, v;
            return o instanceof Map.Entry<?, ?> e && (k = e.getKey()) != null && (v = e.getValue()) != null
                    && (k == key || k.equals(key)) && (v == val || v.equals(val));
        }
    }

    private final Object lock = new Object();
    private Node<K, V>[] table;
    /** Which bins are tree bins (parallel to table; null while none is). */
    private boolean[] treeBins;
    /** Before the table exists: its initial length (0 = default); after: the resize threshold. */
    private int sizeCtl;
    private int count;

    private transient KeySetView<K, V> keySet;
    private transient ValuesView<K, V> values;
    private transient EntrySetView<K, V> entrySet;

    static int spread(int h) {
        return (h ^ (h >>> 16)) & 0x7fffffff;
    }

    private static int tableSizeFor(int c) {
        int n = -1 >>> Integer.numberOfLeadingZeros(c - 1);
        return (n < 0) ? 1 : (n >= MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : n + 1;
    }

    public ConcurrentHashMap() {
    }

    public ConcurrentHashMap(int initialCapacity) {
        this(initialCapacity, 0.75f, 1);
    }

    public ConcurrentHashMap(Map<? extends K, ? extends V> m) {
        this(m.size());
        putAll(m);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor) {
        this(initialCapacity, loadFactor, 1);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor, int concurrencyLevel) {
        if (!(loadFactor > 0.0f) || initialCapacity < 0 || concurrencyLevel <= 0) {
            throw new IllegalArgumentException();
        }
        if (initialCapacity < concurrencyLevel) {
            initialCapacity = concurrencyLevel;
        }
        long size = (long) (1.0 + (long) initialCapacity / loadFactor);
        sizeCtl = (size >= (long) MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : tableSizeFor((int) size);
    }

    // ---- table management (callers hold the lock) ----

    @SuppressWarnings("unchecked")
    private Node<K, V>[] initTable() {
        Node<K, V>[] tab = table;
        if (tab == null) {
            int n = sizeCtl > 0 ? sizeCtl : DEFAULT_CAPACITY;
            table = tab = (Node<K, V>[]) new Node<?, ?>[n];
            sizeCtl = n - (n >>> 2);
        }
        return tab;
    }

    /** Doubles the table, splitting every bin on the new bit (see the class comment). */
    @SuppressWarnings("unchecked")
    private void transfer() {
        Node<K, V>[] tab = table;
        int n = tab.length;
        Node<K, V>[] nt = (Node<K, V>[]) new Node<?, ?>[n << 1];
        boolean[] trees = treeBins, nTrees = null;
        for (int i = n - 1; i >= 0; i--) {
            Node<K, V> f = tab[i];
            if (f == null) {
                continue;
            }
            Node<K, V> ln = null, hn = null;
            if (trees != null && trees[i]) {
                Node<K, V> lt = null, ht = null;
                int lc = 0, hc = 0;
                for (Node<K, V> p = f; p != null; p = p.next) {
                    Node<K, V> c = new Node<>(p.hash, p.key, p.val, null);
                    if ((p.hash & n) == 0) {
                        if (lt == null) {
                            ln = c;
                        } else {
                            lt.next = c;
                        }
                        lt = c;
                        lc++;
                    } else {
                        if (ht == null) {
                            hn = c;
                        } else {
                            ht.next = c;
                        }
                        ht = c;
                        hc++;
                    }
                }
                if (lc > UNTREEIFY_THRESHOLD || hc > UNTREEIFY_THRESHOLD) {
                    if (nTrees == null) {
                        nTrees = new boolean[n << 1];
                    }
                    nTrees[i] = lc > UNTREEIFY_THRESHOLD;
                    nTrees[i + n] = hc > UNTREEIFY_THRESHOLD;
                }
            } else {
                int runBit = f.hash & n;
                Node<K, V> lastRun = f;
                for (Node<K, V> p = f.next; p != null; p = p.next) {
                    int b = p.hash & n;
                    if (b != runBit) {
                        runBit = b;
                        lastRun = p;
                    }
                }
                if (runBit == 0) {
                    ln = lastRun;
                } else {
                    hn = lastRun;
                }
                for (Node<K, V> p = f; p != lastRun; p = p.next) {
                    if ((p.hash & n) == 0) {
                        ln = new Node<>(p.hash, p.key, p.val, ln);
                    } else {
                        hn = new Node<>(p.hash, p.key, p.val, hn);
                    }
                }
            }
            nt[i] = ln;
            nt[i + n] = hn;
        }
        table = nt;
        treeBins = nTrees;
        sizeCtl = (n << 1) - (n >>> 1);
    }

    /** Grows the table until it could hold {@code size} elements (and initialises it if needed). */
    @SuppressWarnings("unchecked")
    private void tryPresize(int size) {
        int c = (size >= (MAXIMUM_CAPACITY >>> 1)) ? MAXIMUM_CAPACITY : tableSizeFor(size + (size >>> 1) + 1);
        while (true) {
            int sc = sizeCtl;
            Node<K, V>[] tab = table;
            if (tab == null) {
                int n = (sc > c) ? sc : c;
                table = (Node<K, V>[]) new Node<?, ?>[n];
                sizeCtl = n - (n >>> 2);
            } else if (c <= sc || tab.length >= MAXIMUM_CAPACITY) {
                return;
            } else {
                transfer();
            }
        }
    }

    private void addCount(int delta, boolean check) {
        count += delta;
        if (check) {
            while (table != null && count >= sizeCtl && table.length < MAXIMUM_CAPACITY) {
                transfer();
            }
        }
    }

    private void treeifyBin(int index) {
        Node<K, V>[] tab = table;
        if (tab.length < MIN_TREEIFY_CAPACITY) {
            tryPresize(tab.length << 1);
        } else {
            if (treeBins == null) {
                treeBins = new boolean[tab.length];
            }
            treeBins[index] = true;
        }
    }

    private boolean isTreeBin(int i) {
        return treeBins != null && treeBins[i];
    }

    private Node<K, V> find(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        int h = spread(key.hashCode());
        for (Node<K, V> e = tab[(tab.length - 1) & h]; e != null; e = e.next) {
            if (e.hash == h && (e.key == key || key.equals(e.key))) {
                return e;
            }
        }
        return null;
    }

    /**
     * Inserts a new mapping for a key known to be absent, or (existing != null) notes a lookup that
     * matched; applies the JDK's bin-length rules afterwards. {@code position} is the 1-based
     * position of the match, or the length of the bin before appending.
     */
    private void inserted(int index, int position) {
        if (!isTreeBin(index) && position >= TREEIFY_THRESHOLD) {
            treeifyBin(index);
        }
    }

    /** Puts (onlyIfAbsent: only when missing); returns the previous value. */
    private V putVal(K key, V value, boolean onlyIfAbsent) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table == null ? initTable() : table;
        int i = (tab.length - 1) & h;
        Node<K, V> f = tab[i];
        if (f == null) {
            tab[i] = new Node<>(h, key, value, null);
            addCount(1, true);
            return null;
        }
        if (isTreeBin(i)) {
            for (Node<K, V> e = f; e != null; e = e.next) {
                if (e.hash == h && (e.key == key || key.equals(e.key))) {
                    V old = e.val;
                    if (!onlyIfAbsent) {
                        e.val = value;
                    }
                    return old;
                }
            }
            tab[i] = new Node<>(h, key, value, f); // tree bins list new nodes first
            addCount(1, true);
            return null;
        }
        int pos = 1;
        for (Node<K, V> e = f;; pos++) {
            if (e.hash == h && (e.key == key || key.equals(e.key))) {
                V old = e.val;
                if (!onlyIfAbsent) {
                    e.val = value;
                }
                inserted(i, pos);
                return old;
            }
            if (e.next == null) {
                e.next = new Node<>(h, key, value, null);
                inserted(i, pos);
                addCount(1, true);
                return null;
            }
            e = e.next;
        }
    }

    /** Removes key's mapping if (cv == null or it maps to cv); replaces it instead if value != null. */
    private V replaceNode(Object key, V value, Object cv) {
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        int h = spread(key.hashCode());
        int i = (tab.length - 1) & h;
        Node<K, V> pred = null;
        for (Node<K, V> e = tab[i]; e != null; pred = e, e = e.next) {
            if (e.hash == h && (e.key == key || key.equals(e.key))) {
                V ev = e.val;
                if (cv != null && cv != ev && !cv.equals(ev)) {
                    return null;
                }
                if (value != null) {
                    e.val = value;
                } else {
                    if (pred == null) {
                        tab[i] = e.next;
                    } else {
                        pred.next = e.next;
                    }
                    addCount(-1, false);
                }
                return ev;
            }
        }
        return null;
    }

    // ---- Map ----

    public int size() {
        synchronized (lock) {
            return count;
        }
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public long mappingCount() {
        return size();
    }

    public V get(Object key) {
        synchronized (lock) {
            Node<K, V> e = find(key);
            return e == null ? null : e.val;
        }
    }

    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    public boolean containsValue(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
        for (Node<K, V> e : snapshotNodes()) {
            if (e.val == value || value.equals(e.val)) {
                return true;
            }
        }
        return false;
    }

    public boolean contains(Object value) {
        return containsValue(value);
    }

    public V put(K key, V value) {
        synchronized (lock) {
            return putVal(key, value, false);
        }
    }

    public V putIfAbsent(K key, V value) {
        synchronized (lock) {
            return putVal(key, value, true);
        }
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        synchronized (lock) {
            if (table != null) {
                tryPresize(count + m.size());
            }
            for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
                putVal(e.getKey(), e.getValue(), false);
            }
        }
    }

    public V remove(Object key) {
        synchronized (lock) {
            return replaceNode(key, null, null);
        }
    }

    public boolean remove(Object key, Object value) {
        if (key == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            return value != null && replaceNode(key, null, value) != null;
        }
    }

    public boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            return replaceNode(key, newValue, oldValue) != null;
        }
    }

    public V replace(K key, V value) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            return replaceNode(key, value, null);
        }
    }

    public void clear() {
        synchronized (lock) {
            Node<K, V>[] tab = table;
            if (tab != null) {
                for (int i = 0; i < tab.length; i++) {
                    tab[i] = null;
                }
            }
            treeBins = null;
            count = 0;
        }
    }

    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v == null ? defaultValue : v;
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (key == null || mappingFunction == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            Node<K, V> e = find(key);
            if (e != null) {
                noteLookup(key);
                return e.val;
            }
            V v = mappingFunction.apply(key);
            if (v == null) {
                return null;
            }
            Node<K, V> again = find(key); // the function may have changed the map
            if (again != null) {
                return again.val;
            }
            putVal(key, v, true);
            return v;
        }
    }

    /** A lookup in a list bin that matches at position 8+ converts the bin, as insertions do. */
    private void noteLookup(Object key) {
        Node<K, V>[] tab = table;
        int h = spread(key.hashCode());
        int i = (tab.length - 1) & h;
        if (isTreeBin(i)) {
            return;
        }
        int pos = 1;
        for (Node<K, V> e = tab[i]; e != null; e = e.next, pos++) {
            if (e.hash == h && (e.key == key || key.equals(e.key))) {
                inserted(i, pos);
                return;
            }
        }
    }

    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            Node<K, V> e = find(key);
            if (e == null) {
                return null;
            }
            V v = remappingFunction.apply(key, e.val);
            if (v != null) {
                Node<K, V> again = find(key);
                if (again != null) {
                    again.val = v;
                } else {
                    putVal(key, v, false);
                }
            } else {
                replaceNode(key, null, null);
            }
            return v;
        }
    }

    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            Node<K, V> e = find(key);
            V old = e == null ? null : e.val;
            V v = remappingFunction.apply(key, old);
            if (v != null) {
                putVal(key, v, false);
            } else if (find(key) != null) {
                noteLookup(key);
                replaceNode(key, null, null);
            }
            return v;
        }
    }

    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (key == null || value == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            Node<K, V> e = find(key);
            if (e == null) {
                putVal(key, value, false);
                return value;
            }
            V v = remappingFunction.apply(e.val, value);
            if (v != null) {
                putVal(key, v, false);
            } else {
                noteLookup(key);
                replaceNode(key, null, null);
            }
            return v;
        }
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Node<K, V> e : snapshotNodes()) {
            action.accept(e.key, e.val);
        }
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) {
            throw new NullPointerException();
        }
        for (Node<K, V> e : snapshotNodes()) {
            V old = e.val;
            while (true) {
                V v = function.apply(e.key, old);
                if (v == null) {
                    throw new NullPointerException();
                }
                synchronized (lock) {
                    if (replaceNode(e.key, v, old) != null) {
                        break;
                    }
                    Node<K, V> now = find(e.key);
                    if (now == null) {
                        break;
                    }
                    old = now.val;
                }
            }
        }
    }

    /** The current nodes in table order (iteration is weakly consistent: a snapshot of the bins). */
    private ArrayList<Node<K, V>> snapshotNodes() {
        synchronized (lock) {
            ArrayList<Node<K, V>> list = new ArrayList<>(count);
            Node<K, V>[] tab = table;
            if (tab != null) {
                for (Node<K, V> f : tab) {
                    for (Node<K, V> e = f; e != null; e = e.next) {
                        list.add(e);
                    }
                }
            }
            return list;
        }
    }

    public int hashCode() {
        int h = 0;
        for (Node<K, V> e : snapshotNodes()) {
            h += e.key.hashCode() ^ e.val.hashCode();
        }
        return h;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Node<K, V> e : snapshotNodes()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(e.key == this ? "(this Map)" : e.key).append('=').append(e.val == this ? "(this Map)" : e.val);
        }
        return sb.append('}').toString();
    }

    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map<?, ?> m)) {
            return false;
        }
        for (Node<K, V> e : snapshotNodes()) {
            Object mv = m.get(e.key);
            if (mv == null || (mv != e.val && !mv.equals(e.val))) {
                return false;
            }
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object mk, mv, v;
            if ((mk = e.getKey()) == null || (mv = e.getValue()) == null || (v = get(mk)) == null
                    || (mv != v && !mv.equals(v))) {
                return false;
            }
        }
        return true;
    }

    // ---- views ----

    public KeySetView<K, V> keySet() {
        KeySetView<K, V> ks = keySet;
        return ks != null ? ks : (keySet = new KeySetView<K, V>(this, null));
    }

    public KeySetView<K, V> keySet(V mappedValue) {
        if (mappedValue == null) {
            throw new NullPointerException();
        }
        return new KeySetView<K, V>(this, mappedValue);
    }

    public Collection<V> values() {
        ValuesView<K, V> vs = values;
        return vs != null ? vs : (values = new ValuesView<K, V>(this));
    }

    public Set<Map.Entry<K, V>> entrySet() {
        EntrySetView<K, V> es = entrySet;
        return es != null ? es : (entrySet = new EntrySetView<K, V>(this));
    }

    public static <K> KeySetView<K, Boolean> newKeySet() {
        return new KeySetView<K, Boolean>(new ConcurrentHashMap<K, Boolean>(), Boolean.TRUE);
    }

    public static <K> KeySetView<K, Boolean> newKeySet(int initialCapacity) {
        return new KeySetView<K, Boolean>(new ConcurrentHashMap<K, Boolean>(initialCapacity), Boolean.TRUE);
    }

    /** Walks a snapshot of the nodes; remove() removes the last key from the map. */
    static final class ViewIterator<K, V, E> implements Iterator<E> {
        private final ConcurrentHashMap<K, V> map;
        private final Iterator<Node<K, V>> nodes;
        private final int kind; // 0 keys, 1 values, 2 entries
        private Node<K, V> last;

        ViewIterator(ConcurrentHashMap<K, V> map, int kind) {
            this.map = map;
            this.nodes = map.snapshotNodes().iterator();
            this.kind = kind;
        }

        public boolean hasNext() {
            return nodes.hasNext();
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (!nodes.hasNext()) {
                throw new NoSuchElementException();
            }
            Node<K, V> e = last = nodes.next();
            if (kind == 0) {
                return (E) e.key;
            }
            if (kind == 1) {
                return (E) e.val;
            }
            return (E) new MapEntry<K, V>(e.key, e.val, map);
        }

        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            map.remove(last.key);
            last = null;
        }
    }

    /** An entry handed out by entry iterators: setValue writes through with put. */
    static final class MapEntry<K, V> implements Map.Entry<K, V> {
        final K key;
        V val;
        final ConcurrentHashMap<K, V> map;

        MapEntry(K key, V val, ConcurrentHashMap<K, V> map) {
            this.key = key;
            this.val = val;
            this.map = map;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return val;
        }

        public int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        public String toString() {
            return key + "=" + val;
        }

        public boolean equals(Object o) {
            Object k, v;
            return o instanceof Map.Entry<?, ?> e && (k = e.getKey()) != null && (v = e.getValue()) != null
                    && (k == key || k.equals(key)) && (v == val || v.equals(val));
        }

        public V setValue(V value) {
            if (value == null) {
                throw new NullPointerException();
            }
            V v = val;
            val = value;
            map.put(key, value);
            return v;
        }
    }

    abstract static class CollectionView<K, V, E> implements Collection<E>, java.io.Serializable {
        final ConcurrentHashMap<K, V> map;

        CollectionView(ConcurrentHashMap<K, V> map) {
            this.map = map;
        }

        public ConcurrentHashMap<K, V> getMap() {
            return map;
        }

        public final void clear() {
            map.clear();
        }

        public final int size() {
            return map.size();
        }

        public final boolean isEmpty() {
            return map.isEmpty();
        }

        public abstract Iterator<E> iterator();

        public abstract boolean contains(Object o);

        public abstract boolean remove(Object o);

        public final Object[] toArray() {
            ArrayList<E> list = new ArrayList<>();
            for (E e : this) {
                list.add(e);
            }
            return list.toArray();
        }

        public final <T> T[] toArray(T[] a) {
            ArrayList<E> list = new ArrayList<>();
            for (E e : this) {
                list.add(e);
            }
            return list.toArray(a);
        }

        public final String toString() {
            StringBuilder sb = new StringBuilder("[");
            Iterator<E> it = iterator();
            while (it.hasNext()) {
                Object e = it.next();
                sb.append(e == this ? "(this Collection)" : e);
                if (it.hasNext()) {
                    sb.append(", ");
                }
            }
            return sb.append(']').toString();
        }

        public final boolean containsAll(Collection<?> c) {
            if (c != this) {
                for (Object e : c) {
                    if (e == null || !contains(e)) {
                        return false;
                    }
                }
            }
            return true;
        }

        public boolean removeAll(Collection<?> c) {
            if (c == null) {
                throw new NullPointerException();
            }
            boolean modified = false;
            for (Iterator<E> it = iterator(); it.hasNext();) {
                if (c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }

        public final boolean retainAll(Collection<?> c) {
            if (c == null) {
                throw new NullPointerException();
            }
            boolean modified = false;
            for (Iterator<E> it = iterator(); it.hasNext();) {
                if (!c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }
    }

    /** The keys, as a Set; add() works only with a mapped value (newKeySet, keySet(V)). */
    public static final class KeySetView<K, V> extends CollectionView<K, V, K> implements Set<K>, java.io.Serializable {
        private final V value;

        KeySetView(ConcurrentHashMap<K, V> map, V value) {
            super(map);
            this.value = value;
        }

        public V getMappedValue() {
            return value;
        }

        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        public boolean remove(Object o) {
            return map.remove(o) != null;
        }

        public Iterator<K> iterator() {
            return new ViewIterator<K, V, K>(map, 0);
        }

        public boolean add(K e) {
            V v;
            if ((v = value) == null) {
                throw new UnsupportedOperationException();
            }
            return putLocked(e, v);
        }

        private boolean putLocked(K e, V v) {
            synchronized (map.lock) {
                return map.putVal(e, v, true) == null;
            }
        }

        public boolean addAll(Collection<? extends K> c) {
            boolean added = false;
            V v;
            if ((v = value) == null) {
                throw new UnsupportedOperationException();
            }
            for (K e : c) {
                if (putLocked(e, v)) {
                    added = true;
                }
            }
            return added;
        }

        public int hashCode() {
            int h = 0;
            for (K e : this) {
                h += e.hashCode();
            }
            return h;
        }

        public boolean equals(Object o) {
            Set<?> c;
            return ((o instanceof Set) && ((c = (Set<?>) o) == this || (containsAll(c) && c.containsAll(this))));
        }
    }

    static final class ValuesView<K, V> extends CollectionView<K, V, V> implements Collection<V>, java.io.Serializable {
        ValuesView(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        public boolean contains(Object o) {
            return map.containsValue(o);
        }

        public boolean remove(Object o) {
            if (o != null) {
                for (Iterator<V> it = iterator(); it.hasNext();) {
                    if (o.equals(it.next())) {
                        it.remove();
                        return true;
                    }
                }
            }
            return false;
        }

        public Iterator<V> iterator() {
            return new ViewIterator<K, V, V>(map, 1);
        }

        public boolean add(V e) {
            throw new UnsupportedOperationException();
        }

        public boolean addAll(Collection<? extends V> c) {
            throw new UnsupportedOperationException();
        }
    }

    static final class EntrySetView<K, V> extends CollectionView<K, V, Map.Entry<K, V>>
            implements Set<Map.Entry<K, V>>, java.io.Serializable {
        EntrySetView(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        public boolean contains(Object o) {
            Object k, v, r;
            return o instanceof Map.Entry<?, ?> e && (k = e.getKey()) != null && (r = map.get(k)) != null
                    && (v = e.getValue()) != null && (v == r || v.equals(r));
        }

        public boolean remove(Object o) {
            Object k, v;
            return o instanceof Map.Entry<?, ?> e && (k = e.getKey()) != null && (v = e.getValue()) != null
                    && map.remove(k, v);
        }

        public Iterator<Map.Entry<K, V>> iterator() {
            return new ViewIterator<K, V, Map.Entry<K, V>>(map, 2);
        }

        public boolean add(Map.Entry<K, V> e) {
            return map.put(e.getKey(), e.getValue()) == null;
        }

        public boolean addAll(Collection<? extends Map.Entry<K, V>> c) {
            boolean added = false;
            for (Map.Entry<K, V> e : c) {
                if (map.put(e.getKey(), e.getValue()) == null) {
                    added = true;
                }
            }
            return added;
        }

        public int hashCode() {
            int h = 0;
            for (Map.Entry<K, V> e : this) {
                h += e.hashCode();
            }
            return h;
        }

        public boolean equals(Object o) {
            Set<?> c;
            return ((o instanceof Set) && ((c = (Set<?>) o) == this || (containsAll(c) && c.containsAll(this))));
        }
    }
}
