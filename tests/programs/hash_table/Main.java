/** A string-keyed hash map with chaining, resizing and removal, written by hand (no java.util). */
public class Main {
    static final class Entry {
        final String key;
        int value;
        Entry next;
        Entry(String key, int value, Entry next) { this.key = key; this.value = value; this.next = next; }
    }

    static final class Map {
        Entry[] buckets = new Entry[8];
        int size;

        int index(String k) { int h = k.hashCode(); return (h ^ (h >>> 16)) & (buckets.length - 1); }

        void put(String k, int v) {
            for (Entry e = buckets[index(k)]; e != null; e = e.next) if (e.key.equals(k)) { e.value = v; return; }
            if (size >= buckets.length * 3 / 4) resize();
            int i = index(k);
            buckets[i] = new Entry(k, v, buckets[i]);
            size++;
        }

        int get(String k, int dflt) {
            for (Entry e = buckets[index(k)]; e != null; e = e.next) if (e.key.equals(k)) return e.value;
            return dflt;
        }

        boolean remove(String k) {
            int i = index(k);
            Entry prev = null;
            for (Entry e = buckets[i]; e != null; prev = e, e = e.next) {
                if (e.key.equals(k)) {
                    if (prev == null) buckets[i] = e.next; else prev.next = e.next;
                    size--;
                    return true;
                }
            }
            return false;
        }

        void resize() {
            Entry[] old = buckets;
            buckets = new Entry[old.length * 2];
            for (Entry head : old) {
                for (Entry e = head; e != null; ) {
                    Entry next = e.next;
                    int i = index(e.key);
                    e.next = buckets[i];
                    buckets[i] = e;
                    e = next;
                }
            }
        }
    }

    public static void main(String[] args) {
        String text = "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness "
                + "it was the epoch of belief it was the epoch of incredulity it was the season of light it was the season of darkness";
        Map counts = new Map();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i > start) { String w = text.substring(start, i); counts.put(w, counts.get(w, 0) + 1); }
                start = i + 1;
            }
        }
        String[] probe = {"it", "was", "the", "of", "age", "epoch", "darkness", "missing"};
        StringBuilder sb = new StringBuilder();
        for (String p : probe) sb.append(p).append('=').append(counts.get(p, -1)).append(' ');
        System.out.println(sb + "size=" + counts.size);
        Map big = new Map();
        for (int i = 0; i < 50000; i++) big.put("k" + (i * 7919 % 20011), i);
        long sum = 0;
        for (int i = 0; i < 20011; i++) sum += big.get("k" + i, 0);
        System.out.println("big size " + big.size + " buckets " + big.buckets.length + " sum " + sum);
        int removed = 0;
        for (int i = 0; i < 20011; i += 3) if (big.remove("k" + i)) removed++;
        System.out.println("removed " + removed + " size " + big.size + " k3 " + big.get("k3", -1) + " k4 " + big.get("k4", -1) + " again " + big.remove("k0"));
    }
}
