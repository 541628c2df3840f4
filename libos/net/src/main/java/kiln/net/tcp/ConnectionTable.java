package kiln.net.tcp;

import java.util.function.Consumer;

/**
 * Connections by a {@code long} key, in an open-addressing hash table with linear probing, so the
 * lookup done for every incoming segment neither boxes a key nor allocates. Deletion shifts later
 * entries of the probe run back (no tombstones), so lookups stay short under churn.
 */
final class ConnectionTable {
    private long[] keys = new long[16];
    private TcpConnection[] values = new TcpConnection[16];
    private int size;

    /** True if any connection satisfies {@code p}. */
    boolean any(java.util.function.Predicate<TcpConnection> p) {
        for (TcpConnection c : values) {
            if (c != null && p.test(c)) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    TcpConnection get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return null;
    }

    /** Inserts or replaces. */
    void put(long key, TcpConnection c) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != null) {
            if (keys[i] == key) {
                values[i] = c;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = c;
        size++;
    }

    void remove(long key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == null) {
            return;
        }
        values[i] = null;
        size--;
        // Move back any entry of the following run whose home slot is not between the hole and it.
        int hole = i;
        for (int j = (i + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            int home = slot(keys[j], mask);
            boolean stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
            if (!stays) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                values[j] = null;
                hole = j;
            }
        }
    }

    void forEach(Consumer<TcpConnection> action) {
        for (TcpConnection c : values) {
            if (c != null) {
                action.accept(c);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        TcpConnection[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new TcpConnection[oldValues.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** Mixes all 64 bits (a multiplicative hash), since ports and addresses differ in few bits. */
    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
