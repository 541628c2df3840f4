/** Static nested classes, private members shared between nest mates, nested generic containers without java.util. */
public class Main {
    private static int secretCounter = 0;
    private int instanceSecret = 7;

    static class Stack {
        private int[] items = new int[2];
        private int size;
        void push(int v) {
            if (size == items.length) items = java.util.Arrays.copyOf(items, size * 2);
            items[size++] = v;
            secretCounter++;                    // private static of the enclosing class
        }
        int pop() { return items[--size]; }
        boolean isEmpty() { return size == 0; }
        private int peekSecret() { return items[size - 1]; }
    }

    static class Pair<A, B> {
        private final A first;
        private final B second;
        Pair(A first, B second) { this.first = first; this.second = second; }
        static <X> Pair<X, X> twin(X x) { return new Pair<>(x, x); }
        Pair<B, A> swap() { return new Pair<>(second, first); }
        @Override public String toString() { return "(" + first + ", " + second + ")"; }
    }

    static class Outer {
        static class Middle {
            static class InnerMost {
                static String path() { return "Outer.Middle.InnerMost"; }
            }
        }
    }

    public static void main(String[] args) {
        Stack s = new Stack();
        for (int i = 0; i < 20; i++) s.push(i * i);
        System.out.println("peek via private " + s.peekSecret() + " size " + s.size + " counter " + secretCounter);
        StringBuilder sb = new StringBuilder();
        while (!s.isEmpty()) sb.append(s.pop()).append(' ');
        System.out.println(sb);
        Pair<String, Integer> p = new Pair<>("one", 1);
        System.out.println(p + " " + p.swap() + " " + Pair.twin('z') + " " + p.first.length() + p.second);
        System.out.println(Outer.Middle.InnerMost.path() + " " + Outer.Middle.InnerMost.class.getName() + " " + Outer.Middle.InnerMost.class.getSimpleName());
        Main m = new Main();
        System.out.println("instance secret " + m.instanceSecret);
    }
}
