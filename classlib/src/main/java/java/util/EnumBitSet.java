package java.util;

/** The EnumSet implementation: one bit per constant of the universe, 64 to a long. */
final class EnumBitSet<E extends Enum<E>> extends EnumSet<E> {
    private long[] words;
    private int size;

    EnumBitSet(Class<E> elementType, Enum<?>[] universe) {
        super(elementType, universe);
        words = new long[(universe.length + 63) >>> 6];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private int ordinalOf(Object o) {
        return EnumSet.ordinalIn(o, elementType);
    }

    public boolean contains(Object o) {
        int ord = ordinalOf(o);
        return ord >= 0 && (words[ord >>> 6] & (1L << ord)) != 0;
    }

    public boolean add(E e) {
        typeCheck(e);
        int ord = e.ordinal();
        long before = words[ord >>> 6];
        words[ord >>> 6] = before | (1L << ord);
        if (before == words[ord >>> 6]) {
            return false;
        }
        size++;
        return true;
    }

    public boolean remove(Object o) {
        int ord = ordinalOf(o);
        if (ord < 0 || (words[ord >>> 6] & (1L << ord)) == 0) {
            return false;
        }
        words[ord >>> 6] &= ~(1L << ord);
        size--;
        return true;
    }

    public void clear() {
        Arrays.fill(words, 0L);
        size = 0;
    }

    public boolean containsAll(Collection<?> c) {
        if (c instanceof EnumBitSet<?> other && other.elementType == elementType) {
            for (int i = 0; i < words.length; i++) {
                if ((other.words[i] & ~words[i]) != 0) {
                    return false;
                }
            }
            return true;
        }
        return super.containsAll(c);
    }

    public boolean addAll(Collection<? extends E> c) {
        if (c instanceof EnumBitSet<?> other) {
            if (other.elementType != elementType) {
                if (other.isEmpty()) {
                    return false;
                }
                throw new ClassCastException(other.elementType + " != " + elementType);
            }
            return changeWords(other, 0);
        }
        return super.addAll(c);
    }

    public boolean removeAll(Collection<?> c) {
        if (c instanceof EnumBitSet<?> other) {
            return other.elementType == elementType && changeWords(other, 1);
        }
        return super.removeAll(c);
    }

    public boolean retainAll(Collection<?> c) {
        if (c instanceof EnumBitSet<?> other) {
            if (other.elementType != elementType) {
                boolean changed = size != 0;
                clear();
                return changed;
            }
            return changeWords(other, 2);
        }
        return super.retainAll(c);
    }

    /** Combines other's words into this set's: 0 = or, 1 = and-not, 2 = and. True if anything changed. */
    private boolean changeWords(EnumBitSet<?> other, int op) {
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            long w = words[i];
            long o = other.words[i];
            long n = op == 0 ? w | o : op == 1 ? w & ~o : w & o;
            changed |= n != w;
            words[i] = n;
        }
        recount();
        return changed;
    }

    private void recount() {
        int n = 0;
        for (long w : words) {
            n += Long.bitCount(w);
        }
        size = n;
    }

    public boolean equals(Object o) {
        if (o instanceof EnumBitSet<?> other) {
            if (other.elementType != elementType) {
                return size == 0 && other.size == 0;
            }
            return Arrays.equals(words, other.words);
        }
        return super.equals(o);
    }

    void addAllConstants() {
        addRange(0, universe.length - 1);
    }

    void addRange(int from, int to) {
        for (int i = from; i <= to; i++) {
            words[i >>> 6] |= 1L << i;
        }
        recount();
    }

    void complement() {
        for (int i = 0; i < words.length; i++) {
            words[i] = ~words[i];
        }
        int extra = universe.length & 63;
        if (extra != 0) {
            words[words.length - 1] &= (1L << extra) - 1;
        }
        recount();
    }

    public EnumBitSet<E> clone() {
        EnumBitSet<E> copy = (EnumBitSet<E>) super.clone();
        copy.words = words.clone();
        return copy;
    }

    public Iterator<E> iterator() {
        return new Iterator<E>() {
            private int wordIndex;
            /** Bits of words[wordIndex] not yet returned, read when the iterator reaches that word. */
            private long unseen = words.length == 0 ? 0 : words[0];
            private int lastOrdinal = -1;

            public boolean hasNext() {
                while (unseen == 0 && wordIndex < words.length - 1) {
                    unseen = words[++wordIndex];
                }
                return unseen != 0;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long bit = unseen & -unseen;
                unseen -= bit;
                lastOrdinal = (wordIndex << 6) + Long.numberOfTrailingZeros(bit);
                return (E) universe[lastOrdinal];
            }

            public void remove() {
                if (lastOrdinal < 0) {
                    throw new IllegalStateException();
                }
                long bit = 1L << lastOrdinal;
                if ((words[lastOrdinal >>> 6] & bit) != 0) {
                    words[lastOrdinal >>> 6] &= ~bit;
                    size--;
                }
                lastOrdinal = -1;
            }
        };
    }
}
