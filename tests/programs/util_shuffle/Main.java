import java.util.*;

public class Main {
    public static void main(String[] args) {
        for (long seed : new long[] {0, 1, 42, -7, 1234567}) {
            List<Integer> al = new ArrayList<>();
            List<Integer> ll = new LinkedList<>();
            for (int i = 0; i < 20; i++) {
                al.add(i);
                ll.add(i);
            }
            Collections.shuffle(al, new Random(seed));
            Collections.shuffle(ll, new Random(seed));
            System.out.println(seed + " " + al + " same=" + al.equals(ll));
            List<String> small = new ArrayList<>(List.of("a", "b", "c", "d"));
            Collections.shuffle(small, new Random(seed));
            System.out.println("  " + small);
            List<Character> chars = new LinkedList<>();
            for (char c = 'a'; c <= 'z'; c++) chars.add(c);
            Random r = new Random(seed);
            Collections.shuffle(chars, r);
            Collections.shuffle(chars, r);
            System.out.println("  " + chars);
        }
        List<Integer> empty = new ArrayList<>();
        Collections.shuffle(empty, new Random(3));
        System.out.println(empty);
        List<Integer> one = new ArrayList<>(List.of(9));
        Collections.shuffle(one);
        System.out.println(one);
        List<Integer> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) many.add(i);
        Collections.shuffle(many);
        Collections.sort(many);
        System.out.println("after unseeded shuffle+sort: " + many.equals(new ArrayList<>(many)) + " " + many.get(0) + " " + many.get(99));
        Random shared = new Random(77);
        List<Integer> frozen = Collections.unmodifiableList(new LinkedList<>(List.of(1, 2, 3, 4, 5, 6, 7)));
        try {
            Collections.shuffle(frozen, shared);
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE sequential " + e.getMessage() + " next=" + shared.nextInt());
        }
        List<Integer> frozenRa = Collections.unmodifiableList(new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7)));
        try {
            Collections.shuffle(frozenRa, shared);
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE random access " + e.getMessage() + " next=" + shared.nextInt());
        }
        ArrayDeque<Integer> unused = new ArrayDeque<>();
        List<String> seq = new LinkedList<>(List.of("q", "w", "e", "r", "t", "y", "u", "i", "o", "p"));
        Collections.shuffle(seq, shared);
        System.out.println(seq + " " + unused.size());
        try {
            Collections.shuffle(List.of(1, 2, 3), new Random(1));
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE " + e.getMessage());
        }
    }
}
