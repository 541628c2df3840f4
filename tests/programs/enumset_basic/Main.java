import java.util.*;

/** EnumSet: factories, ordinal-order iteration, bulk operations, big (>64) universes, errors. */
public class Main {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    enum Op {
        PLUS { int apply(int a, int b) { return a + b; } },
        MINUS { int apply(int a, int b) { return a - b; } },
        TIMES { int apply(int a, int b) { return a * b; } };
        abstract int apply(int a, int b);
    }

    enum Big {
        B00, B01, B02, B03, B04, B05, B06, B07, B08, B09, B10, B11, B12, B13, B14, B15, B16, B17, B18, B19,
        B20, B21, B22, B23, B24, B25, B26, B27, B28, B29, B30, B31, B32, B33, B34, B35, B36, B37, B38, B39,
        B40, B41, B42, B43, B44, B45, B46, B47, B48, B49, B50, B51, B52, B53, B54, B55, B56, B57, B58, B59,
        B60, B61, B62, B63, B64, B65, B66, B67, B68, B69, B70, B71, B72, B73, B74, B75, B76, B77, B78, B79
    }

    enum Empty {}

    public static void main(String[] args) {
        EnumSet<Day> none = EnumSet.noneOf(Day.class);
        System.out.println(none + " " + none.size() + " " + none.isEmpty());
        EnumSet<Day> all = EnumSet.allOf(Day.class);
        System.out.println(all + " " + all.size());
        EnumSet<Day> some = EnumSet.of(Day.SUN, Day.MON, Day.WED, Day.MON);
        System.out.println(some + " " + some.size() + " " + some.contains(Day.WED) + " " + some.contains(Day.TUE)
                + " " + some.contains("MON") + " " + some.contains(null));
        System.out.println(EnumSet.range(Day.TUE, Day.FRI) + " " + EnumSet.range(Day.SAT, Day.SAT));
        System.out.println(EnumSet.complementOf(some) + " " + EnumSet.complementOf(none) + " " + EnumSet.complementOf(all));
        System.out.println(EnumSet.of(Day.FRI, Day.THU, Day.SAT, Day.TUE, Day.MON, Day.SUN));
        System.out.println(EnumSet.copyOf(List.of(Day.SAT, Day.TUE, Day.SAT)) + " " + EnumSet.copyOf(some));
        System.out.println(EnumSet.copyOf((Collection<Day>) EnumSet.noneOf(Day.class)));

        EnumSet<Day> work = EnumSet.range(Day.MON, Day.FRI);
        System.out.println(work.add(Day.MON) + " " + work.add(Day.SAT) + " " + work.remove(Day.SAT) + " " + work.remove(Day.SAT)
                + " " + work.remove("x"));
        System.out.println(work.containsAll(EnumSet.of(Day.MON, Day.FRI)) + " " + work.containsAll(some) + " "
                + work.containsAll(List.of(Day.TUE)));
        EnumSet<Day> copy = work.clone();
        System.out.println(copy.retainAll(some) + " " + copy + " " + copy.retainAll(some) + " " + work);
        copy = work.clone();
        System.out.println(copy.removeAll(some) + " " + copy + " " + copy.removeAll(List.of(Day.SUN)));
        System.out.println(copy.addAll(EnumSet.of(Day.SUN)) + " " + copy + " " + copy.addAll(List.of(Day.SUN, Day.MON)) + " " + copy);
        System.out.println(copy.removeIf(d -> d.ordinal() % 2 == 0) + " " + copy);

        // equals/hashCode agree with the other Set implementations (hash values depend on identity hashes).
        Set<Day> hs = new HashSet<>(some);
        System.out.println(some.equals(hs) + " " + hs.equals(some) + " " + (some.hashCode() == hs.hashCode())
                + " " + some.equals(EnumSet.of(Day.MON)) + " " + none.equals(EnumSet.noneOf(Op.class))
                + " " + EnumSet.of(Op.PLUS).equals(EnumSet.of(Day.MON)) + " " + none.equals(new TreeSet<Day>()));

        // Iteration: snapshot semantics and remove through the iterator.
        EnumSet<Day> it = EnumSet.allOf(Day.class);
        for (Iterator<Day> i = it.iterator(); i.hasNext();) {
            Day d = i.next();
            if (d.name().startsWith("T") || d == Day.SUN) {
                i.remove();
            }
        }
        System.out.println(it + " " + it.size());
        Iterator<Day> snap = EnumSet.of(Day.MON, Day.TUE).iterator();
        try {
            snap.remove();
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
        snap.next();
        snap.next();
        try {
            snap.next();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE");
        }

        // Constants with bodies are subclasses of the enum.
        EnumSet<Op> ops = EnumSet.of(Op.TIMES, Op.PLUS);
        int acc = 10;
        for (Op op : ops) {
            acc = op.apply(acc, 3);
            System.out.print(op + "->" + acc + " ");
        }
        System.out.println(ops.contains(Op.MINUS) + " " + EnumSet.complementOf(ops));

        // More than 64 constants.
        EnumSet<Big> big = EnumSet.noneOf(Big.class);
        for (Big b : Big.values()) {
            if (b.ordinal() % 7 == 3 || b.ordinal() > 75) {
                big.add(b);
            }
        }
        System.out.println(big + " " + big.size());
        EnumSet<Big> bigC = EnumSet.complementOf(big);
        System.out.println(bigC.size() + " " + bigC.contains(Big.B63) + " " + bigC.contains(Big.B64) + " " + bigC.contains(Big.B66));
        System.out.println(EnumSet.range(Big.B60, Big.B68) + " " + EnumSet.allOf(Big.class).size());
        EnumSet<Big> bigR = EnumSet.range(Big.B62, Big.B70);
        System.out.println(bigR.retainAll(big) + " " + bigR + " " + bigR.addAll(EnumSet.of(Big.B00, Big.B79)) + " " + bigR);
        for (Iterator<Big> i = bigR.iterator(); i.hasNext();) {
            if (i.next().ordinal() > 60) {
                i.remove();
            }
        }
        System.out.println(bigR + " " + bigR.equals(EnumSet.of(Big.B00)));
        System.out.println(EnumSet.noneOf(Empty.class) + " " + EnumSet.allOf(Empty.class) + " " + EnumSet.complementOf(EnumSet.noneOf(Empty.class)));

        // Errors.
        try {
            EnumSet.range(Day.FRI, Day.MON);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        try {
            EnumSet.copyOf(new ArrayList<Day>());
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        try {
            EnumSet.of(Day.MON).add(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        try {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Set<Object> raw = (Set) EnumSet.of(Day.MON);
            raw.add(Op.PLUS);
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getMessage());
        }
        try {
            @SuppressWarnings({"unchecked", "rawtypes"})
            EnumSet<Day> raw = (EnumSet) EnumSet.of(Op.PLUS);
            EnumSet.of(Day.MON).addAll(raw);
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getMessage());
        }
        try {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Class<Day> notEnum = (Class) String.class;
            EnumSet.noneOf(notEnum);
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getMessage());
        }
        Object[] arr = EnumSet.of(Day.TUE, Day.MON).toArray();
        System.out.println(Arrays.toString(arr) + " " + Arrays.toString(EnumSet.of(Day.SUN).toArray(new Day[0])));
    }
}
