import java.util.Objects;

/** java.util.Objects helpers: equals, hash, toString, requireNonNull (with messages), checkIndex. */
public class Main {
    public static void main(String[] args) {
        String a = "x", n = null;
        System.out.println("equals " + Objects.equals(a, "x") + " " + Objects.equals(null, null) + " " + Objects.equals(a, null) + " " + Objects.equals(n, a));
        System.out.println("hashCode " + Objects.hashCode(null) + " " + Objects.hashCode("abc") + " hash " + Objects.hash("a", 1, null) + " " + Objects.hash((Object) null));
        System.out.println("toString " + Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.toString(42, "dflt"));
        System.out.println("isNull " + Objects.isNull(n) + " nonNull " + Objects.nonNull(a) + " requireNonNullElse " + Objects.requireNonNullElse(n, "else"));
        try {
            Objects.requireNonNull(n);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: NPE message " + e.getMessage());
        }
        try {
            Objects.requireNonNull(n, "value must not be null");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getMessage());
        }
        System.out.println("checkIndex ok " + Objects.checkIndex(2, 3));
        try {
            Objects.checkIndex(3, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkIndex: " + e.getMessage());
        }
        try {
            Objects.checkFromToIndex(2, 1, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkFromToIndex: " + e.getMessage());
        }
    }
}
