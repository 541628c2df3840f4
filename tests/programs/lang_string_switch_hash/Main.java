import java.util.*;

/** String switches with hash collisions ("Aa"/"BB"), null, empty string and many cases; hash-colliding map keys. */
public class Main {
    static String kind(String s) {
        switch (s) {
            case "Aa": return "Aa";
            case "BB": return "BB";
            case "AaAa": return "AaAa";
            case "BBBB": return "BBBB";
            case "AaBB": return "AaBB";
            case "": return "empty";
            case "polygenelubricants": return "min-hash";
            default: return "other(" + s.hashCode() + ")";
        }
    }

    static int month(String m) {
        return switch (m.toLowerCase()) {
            case "jan", "january" -> 1;
            case "feb", "february" -> 2;
            case "mar", "march" -> 3;
            case "apr", "april" -> 4;
            case "may" -> 5;
            case "jun", "june" -> 6;
            case "jul", "july" -> 7;
            case "aug", "august" -> 8;
            case "sep", "sept", "september" -> 9;
            case "oct", "october" -> 10;
            case "nov", "november" -> 11;
            case "dec", "december" -> 12;
            default -> -1;
        };
    }

    public static void main(String[] args) {
        for (String s : new String[] {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "polygenelubricants", "C#", "Bb"}) {
            System.out.println(s + " -> " + kind(s) + " hash=" + s.hashCode());
        }
        try {
            kind(null);
        } catch (NullPointerException e) {
            System.out.println("NPE on null switch");
        }
        for (String m : new String[] {"Jan", "SEPT", "may", "Smarch", "December"}) System.out.print(month(m) + " ");
        System.out.println();
        // Many keys with the same hash code stress HashMap buckets.
        List<String> colliding = new ArrayList<>(List.of(""));
        for (int round = 0; round < 4; round++) {
            List<String> next = new ArrayList<>();
            for (String p : colliding) {
                next.add(p + "Aa");
                next.add(p + "BB");
            }
            colliding = next;
        }
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < colliding.size(); i++) m.put(colliding.get(i), i);
        System.out.println(colliding.size() + " keys, all hash " + colliding.get(0).hashCode() + "=" + colliding.get(15).hashCode());
        System.out.println(m.get("AaBBAaBB") + " " + m.get("BBBBBBBB") + " " + m.containsKey("AaAaAaAb") + " " + m.size());
        m.keySet().removeIf(k -> k.startsWith("BB"));
        System.out.println(new TreeMap<>(m));
        Set<String> hs = new HashSet<>(colliding);
        System.out.println(hs.size() + " " + hs.contains("BBAaBBAa") + " " + String.join(",", new TreeSet<>(hs).headSet("AaAaBB")));
    }
}
