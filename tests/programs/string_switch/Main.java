/** switch on String (javac lowers it to hashCode + equals, no invokedynamic), with colliding hash codes. */
public class Main {
    static int code(String s) {
        switch (s) {
            case "Aa": return 1;      // "Aa" and "BB" have the same hashCode
            case "BB": return 2;
            case "": return 3;
            case "kiln": return 4;
            case "unikernel": return 5;
            case "AaAa": return 6;    // collides with "BBBB", "AaBB", "BBAa"
            case "BBBB": return 7;
            default: return 0;
        }
    }

    static String arrow(String s) {
        return switch (s) {
            case "red", "green", "blue" -> "colour";
            case "circle" -> "shape";
            default -> "unknown:" + s.length();
        };
    }

    public static void main(String[] args) {
        String[] in = {"Aa", "BB", "", "kiln", "Kiln", "unikernel", "AaAa", "BBBB", "AaBB", "BBAa", "x"};
        for (String s : in) System.out.print(code(s) + " ");
        System.out.println();
        System.out.println("hash Aa=" + "Aa".hashCode() + " BB=" + "BB".hashCode());
        String[] words = {"red", "circle", "blue", "square", "green", ""};
        for (String w : words) System.out.print(arrow(w) + " ");
        System.out.println();
        String built = new StringBuilder("ki").append("ln").toString();
        System.out.println("built string matches: " + code(built));
        try {
            String n = null;
            code(n);
        } catch (NullPointerException e) {
            System.out.println("switch on null: " + e.getClass().getName());
        }
    }
}
