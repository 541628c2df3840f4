import java.util.*;

/** java.util.Objects: equality, hashing, null checks with messages, index checks and their exception messages. */
public class Main {
    record P(String a, int b) {}

    public static void main(String[] args) {
        System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.deepEquals(new int[][] {{1}}, new int[][] {{1}})
                + " " + Objects.hash() + " " + Objects.hash(1, "a", null) + " " + Objects.hashCode(null) + " " + Objects.hash((Object) null));
        System.out.println(Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.isNull(null) + " " + Objects.nonNull(1)
                + " " + Objects.requireNonNullElse(null, "else") + " " + Objects.requireNonNullElseGet(null, () -> "got") + " " + Objects.compare("a", "b", Comparator.reverseOrder()));
        try {
            Objects.requireNonNull(null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, "param must not be null");
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, () -> "supplied message");
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        int[][] checks = {{3, 5}, {-1, 5}, {5, 5}, {0, 0}};
        for (int[] c : checks) {
            try {
                System.out.println("ok " + Objects.checkIndex(c[0], c[1]));
            } catch (IndexOutOfBoundsException e) {
                System.out.println(e.getClass().getSimpleName() + " " + e.getMessage());
            }
        }
        int[][] ranges = {{1, 3, 5}, {3, 1, 5}, {-1, 2, 5}, {0, 6, 5}};
        for (int[] r : ranges) {
            try {
                System.out.println("ok " + Objects.checkFromToIndex(r[0], r[1], r[2]));
            } catch (IndexOutOfBoundsException e) {
                System.out.println("IOOBE " + e.getMessage());
            }
            try {
                System.out.println("ok " + Objects.checkFromIndexSize(r[0], r[1], r[2]));
            } catch (IndexOutOfBoundsException e) {
                System.out.println("IOOBE " + e.getMessage());
            }
        }
        P p = new P("x", 1);
        System.out.println(p.hashCode() == Objects.hash("x", 1) ? "record hash like Objects.hash" : "record hash differs");
        System.out.println(Objects.requireNonNullElse(Objects.toIdentityString(p).isEmpty() ? null : "id-string", "none"));
        System.out.println(Arrays.hashCode(new Object[] {"x", 1}) + " " + Arrays.deepHashCode(new Object[] {new int[] {1, 2}, "s"}) + " "
                + List.of("x", 1).hashCode() + " " + Arrays.asList(1, null).hashCode());
    }
}
