import java.util.*;
import java.util.function.Function;

/** Two LRU caches (hand-written doubly linked list + HashMap, and LinkedHashMap access order) compared under a workload. */
public class Main {
    interface Cache<K, V> {
        V lookup(K key);
        void store(K key, V value);
        int size();
        default V cached(K key, Function<? super K, ? extends V> f) {
            V v = lookup(key);
            if (v == null) {
                v = f.apply(key);
                store(key, v);
            }
            return v;
        }
    }

    static final class LinkedLru<K, V> implements Cache<K, V>, Iterable<K> {
        private final class Node {
            final K key;
            V value;
            Node prev, next;
            Node(K key, V value) { this.key = key; this.value = value; }
        }

        private final int capacity;
        private final Map<K, Node> index = new HashMap<>();
        private final Node head = new Node(null, null), tail = new Node(null, null);
        int hits, misses, evictions;
        final List<K> evicted = new ArrayList<>();

        LinkedLru(int capacity) {
            if (capacity < 1) throw new IllegalArgumentException("capacity " + capacity);
            this.capacity = capacity;
            head.next = tail;
            tail.prev = head;
        }

        private void unlink(Node n) {
            n.prev.next = n.next;
            n.next.prev = n.prev;
        }

        private void pushFront(Node n) {
            n.next = head.next;
            n.prev = head;
            head.next.prev = n;
            head.next = n;
        }

        public V lookup(K key) {
            Node n = index.get(key);
            if (n == null) {
                misses++;
                return null;
            }
            hits++;
            unlink(n);
            pushFront(n);
            return n.value;
        }

        public void store(K key, V value) {
            Node n = index.get(key);
            if (n != null) {
                n.value = value;
                unlink(n);
                pushFront(n);
                return;
            }
            if (index.size() == capacity) {
                Node lru = tail.prev;
                unlink(lru);
                index.remove(lru.key);
                evictions++;
                evicted.add(lru.key);
            }
            n = new Node(key, value);
            index.put(key, n);
            pushFront(n);
        }

        public int size() { return index.size(); }

        public Iterator<K> iterator() {
            return new Iterator<>() {
                Node cur = head.next;
                public boolean hasNext() { return cur != tail; }
                public K next() {
                    if (cur == tail) throw new NoSuchElementException();
                    K k = cur.key;
                    cur = cur.next;
                    return k;
                }
            };
        }

        @Override public String toString() {
            StringJoiner sj = new StringJoiner(", ", "[", "]");
            for (K k : this) sj.add(k + "=" + index.get(k).value);
            return sj.toString();
        }
    }

    static final class MapLru<K, V> extends LinkedHashMap<K, V> implements Cache<K, V> {
        private final int capacity;
        MapLru(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > capacity; }
        public V lookup(K key) { return get(key); }
        public void store(K key, V value) { put(key, value); }
    }

    static long slowSquare(int n) { return (long) n * n + 7; }

    public static void main(String[] args) {
        LinkedLru<String, Integer> c = new LinkedLru<>(3);
        c.store("a", 1); c.store("b", 2); c.store("c", 3);
        System.out.println(c + " get(a)=" + c.lookup("a"));
        c.store("d", 4);
        System.out.println(c + " evicted " + c.evicted + " get(b)=" + c.lookup("b"));
        c.store("c", 33);
        c.store("e", 5);
        System.out.println(c + " evicted " + c.evicted);
        try {
            new LinkedLru<String, String>(0);
        } catch (IllegalArgumentException e) {
            System.out.println("bad capacity: " + e.getMessage());
        }
        Iterator<String> it = c.iterator();
        while (it.hasNext()) it.next();
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("iterator exhausted");
        }

        // The same random workload on both implementations must agree.
        Random r = new Random(77);
        LinkedLru<Integer, Long> a = new LinkedLru<>(50);
        MapLru<Integer, Long> b = new MapLru<>(50);
        long sumA = 0, sumB = 0;
        int bHits = 0, bMisses = 0;
        for (int i = 0; i < 20000; i++) {
            int key = (int) Math.abs(r.nextGaussian() * 40);
            sumA += a.cached(key, Main::slowSquare);
            if (b.containsKey(key)) bHits++; else bMisses++;
            sumB += b.cached(key, Main::slowSquare);
        }
        System.out.println("linked: hits=" + a.hits + " misses=" + a.misses + " evictions=" + a.evictions + " sum=" + sumA);
        System.out.println("map:    hits=" + bHits + " misses=" + bMisses + " sum=" + sumB);
        List<Integer> orderA = new ArrayList<>();
        a.forEach(orderA::add);
        List<Integer> orderB = new ArrayList<>(b.keySet());
        Collections.reverse(orderB);
        System.out.println("same recency order: " + orderA.equals(orderB) + " first10=" + orderA.subList(0, 10));
        MapLru<String, String> m = new MapLru<>(2);
        m.put("x", "1"); m.put("y", "2"); m.get("x"); m.put("z", "3");
        System.out.println(m + " " + m.getOrDefault("y", "gone"));
        Map<Boolean, Integer> hist = new TreeMap<>();
        for (int k : a.evicted.subList(0, Math.min(200, a.evicted.size()))) hist.merge(k > 40, 1, Integer::sum);
        System.out.println("evicted far keys: " + hist);
    }
}
