import java.util.*;

public class Main {
    static void tryParse(String s) {
        try {
            UUID u = UUID.fromString(s);
            System.out.println("ok " + s + " -> " + u + " msb=" + u.getMostSignificantBits() + " lsb=" + u.getLeastSignificantBits()
                    + " v=" + u.version() + " var=" + u.variant() + " hash=" + u.hashCode());
        } catch (RuntimeException e) {
            System.out.println("err " + s + " -> " + e);
        }
    }

    public static void main(String[] args) {
        String[] inputs = {
            "123e4567-e89b-12d3-a456-426614174000", "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff", "FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF",
            "1-2-3-4-5", "+1-+2-3-4-5", "-1-2-3-4", "1-2-3-4-5-6", "1-2-3-4", "", "abc",
            "123e4567-e89b-12d3-a456-4266141740001", "123e4567-e89b-12d3-a456-42661417400g",
            "123e4567e89b-12d3-a456-426614174000-", "1--3-4-5", "123456789-1-1-1-1", "1-12345-1-1-1",
            "1-1-1-1-1234567890123", "1-1-1-1-fffffffffffffffff", "1-1-1-1-8000000000000000", "1-1-1-1--1", "-1-1-1-1-1", "1-1-1-1-+ab", "g-1-1-1-1", "7-7-7-7-7", "0x1-2-3-4-5", "1-2-3-4-", "c232ab00-9414-11ec-b3c8-9e6bdeced846",
            "c232ab00-9414-11ec-33c8-9e6bdeced846", "c232ab00-9414-11ec-d3c8-9e6bdeced846", "c232ab00-9414-11ec-f3c8-9e6bdeced846",
        };
        for (String s : inputs) tryParse(s);
        try {
            UUID.fromString(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        UUID t = UUID.fromString("c232ab00-9414-11ec-b3c8-9e6bdeced846");
        System.out.println(t.timestamp() + " " + t.clockSequence() + " " + t.node());
        UUID n = UUID.fromString("123e4567-e89b-42d3-a456-426614174000");
        for (int k = 0; k < 3; k++) {
            try {
                System.out.println(k == 0 ? n.timestamp() : k == 1 ? n.clockSequence() : n.node());
            } catch (UnsupportedOperationException e) {
                System.out.println(e);
            }
        }
        List<UUID> list = new ArrayList<>();
        long[] vals = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x8000000000000001L, 42};
        for (long a : vals) for (long b : new long[] {0, -1, 5}) list.add(new UUID(a, b));
        Collections.sort(list);
        for (UUID u : list) System.out.println(u + " " + u.hashCode() + " " + u.variant() + " " + u.version());
        UUID a = new UUID(3, 4), b = new UUID(3, 4), c = new UUID(4, 3);
        System.out.println(a.equals(b) + " " + a.equals(c) + " " + a.equals(null) + " " + a.equals("x") + " " + a.compareTo(c) + " " + c.compareTo(a) + " " + a.compareTo(b));
        System.out.println(new HashSet<>(List.of(a, c)).contains(b));
    }
}
