/** Failing String operations: index exceptions (with their messages) and null arguments. */
public class Main {
    public static void main(String[] args) {
        String s = "abc";
        try { s.charAt(5); } catch (StringIndexOutOfBoundsException e) { System.out.println("charAt(5): " + e.getMessage()); }
        try { s.charAt(-1); } catch (StringIndexOutOfBoundsException e) { System.out.println("charAt(-1): " + e.getMessage()); }
        try { s.substring(4); } catch (StringIndexOutOfBoundsException e) { System.out.println("substring(4): " + e.getMessage()); }
        try { s.substring(2, 1); } catch (StringIndexOutOfBoundsException e) { System.out.println("substring(2,1): " + e.getMessage()); }
        try { s.substring(-1, 2); } catch (IndexOutOfBoundsException e) { System.out.println("substring(-1,2): " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { s.concat(null); } catch (NullPointerException e) { System.out.println("concat(null): NPE"); }
        try { "x".repeat(-1); } catch (IllegalArgumentException e) { System.out.println("repeat(-1): " + e.getMessage()); }
        try { new StringBuilder("ab").charAt(2); } catch (IndexOutOfBoundsException e) { System.out.println("sb.charAt(2): " + e.getClass().getSimpleName()); }
        try { new StringBuilder("ab").insert(3, "x"); } catch (StringIndexOutOfBoundsException e) { System.out.println("sb.insert(3): " + e.getClass().getSimpleName()); }
        String n = null;
        try { n.length(); } catch (NullPointerException e) { System.out.println("null.length(): NPE"); }
        try { "abc".compareTo(n); } catch (NullPointerException e) { System.out.println("compareTo(null): NPE"); }
        System.out.println("valueOf(null obj): " + String.valueOf((Object) null));
        int caught = 0;
        for (int i = -2; i < 6; i++) {
            try { s.substring(i); } catch (StringIndexOutOfBoundsException e) { caught++; }
        }
        System.out.println("caught " + caught);
    }
}
