import java.util.*;

/** EnumMap: ordinal order, null values, views that write through, equality with other maps, errors. */
public class Main {
    enum Color { RED, GREEN, BLUE, YELLOW, BLACK }

    enum Shape { CIRCLE, SQUARE { public String toString() { return "square!"; } } }

    public static void main(String[] args) {
        EnumMap<Color, Integer> m = new EnumMap<>(Color.class);
        System.out.println(m + " " + m.size() + " " + m.isEmpty());
        System.out.println(m.put(Color.BLUE, 3) + " " + m.put(Color.RED, 1) + " " + m.put(Color.BLACK, null) + " " + m.put(Color.BLUE, 33));
        System.out.println(m + " " + m.size());
        System.out.println(m.get(Color.BLUE) + " " + m.get(Color.BLACK) + " " + m.get(Color.GREEN) + " " + m.get("RED") + " " + m.get(null));
        System.out.println(m.containsKey(Color.BLACK) + " " + m.containsKey(Color.GREEN) + " " + m.containsKey(null)
                + " " + m.containsValue(null) + " " + m.containsValue(33) + " " + m.containsValue(3));
        System.out.println(m.keySet() + " " + m.values() + " " + m.entrySet());
        System.out.println(m.remove(Color.BLACK) + " " + m.remove(Color.BLACK) + " " + m.remove("x") + " " + m + " " + m.size());

        // Map default methods.
        m.merge(Color.RED, 10, Integer::sum);
        m.merge(Color.GREEN, 2, Integer::sum);
        m.computeIfAbsent(Color.YELLOW, c -> c.name().length());
        m.computeIfPresent(Color.BLUE, (c, v) -> null);
        System.out.println(m + " " + m.getOrDefault(Color.BLUE, -1) + " " + m.putIfAbsent(Color.RED, 0));
        m.replaceAll((c, v) -> v * 100 + c.ordinal());
        System.out.println(m);
        m.forEach((k, v) -> System.out.print(k + ":" + v + " "));
        System.out.println();

        // Views write through.
        for (Map.Entry<Color, Integer> e : m.entrySet()) {
            e.setValue(e.getValue() + 1);
        }
        System.out.println(m);
        m.keySet().remove(Color.GREEN);
        System.out.println(m + " " + m.values().remove(301) + " " + m.values().remove(12345) + " " + m);
        m.put(Color.BLACK, 5);
        m.put(Color.GREEN, 5);
        for (Iterator<Map.Entry<Color, Integer>> i = m.entrySet().iterator(); i.hasNext();) {
            Map.Entry<Color, Integer> e = i.next();
            if (e.getKey() == Color.GREEN) {
                i.remove();
                try {
                    e.getValue();
                } catch (IllegalStateException ex) {
                    System.out.println("ISE " + ex.getMessage());
                }
            }
        }
        System.out.println(m + " " + m.entrySet().contains(Map.entry(Color.BLACK, 5)) + " "
                + m.entrySet().contains(Map.entry(Color.BLACK, 6)) + " " + m.entrySet().remove(Map.entry(Color.BLACK, 5)) + " " + m);
        m.values().removeIf(v -> v > 1000);
        System.out.println(m + " " + m.keySet().contains(Color.RED));

        // Equality with other maps (hash codes depend on identity hashes, so compare them).
        Map<Color, Integer> hm = new HashMap<>(m);
        System.out.println(m.equals(hm) + " " + hm.equals(m) + " " + (m.hashCode() == hm.hashCode()) + " "
                + m.equals(new EnumMap<Color, Integer>(m)) + " " + new EnumMap<Color, String>(Color.class).equals(new EnumMap<Shape, String>(Shape.class)));
        EnumMap<Color, Integer> copy = new EnumMap<>(hm);
        EnumMap<Color, Integer> clone = m.clone();
        clone.put(Color.BLACK, -1);
        System.out.println(copy + " " + clone + " " + m + " " + copy.equals(m) + " " + clone.equals(m));

        // Constants with a body and their own toString.
        EnumMap<Shape, List<String>> shapes = new EnumMap<>(Shape.class);
        shapes.computeIfAbsent(Shape.SQUARE, s -> new ArrayList<>()).add("a");
        shapes.computeIfAbsent(Shape.SQUARE, s -> new ArrayList<>()).add("b");
        shapes.put(Shape.CIRCLE, List.of());
        System.out.println(shapes + " " + shapes.get(Shape.SQUARE));

        // Counting with an EnumMap.
        EnumMap<Color, Integer> counts = new EnumMap<>(Color.class);
        String text = "BLUE RED BLUE BLACK RED BLUE";
        for (String w : text.split(" ")) {
            counts.merge(Color.valueOf(w), 1, Integer::sum);
        }
        System.out.println(counts);
        m.clear();
        System.out.println(m + " " + m.size() + " " + m.keySet().size());

        // Errors.
        try {
            new EnumMap<Color, Integer>(new HashMap<Color, Integer>());
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        try {
            m.put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        try {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Map<Object, Integer> raw = (Map) m;
            raw.put(Shape.CIRCLE, 1);
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getMessage());
        }
        try {
            m.entrySet().iterator().next();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE");
        }
        System.out.println(new EnumMap<Color, Integer>(new EnumMap<Color, Integer>(Color.class)));
    }
}
