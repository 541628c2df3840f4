// Every flag combination (canonical order) x conversion x width/precision x a few arguments:
// prints the result or the exception class and message, checking Formatter's parse-time and
// print-time validation order.
public class Main {
    static final String FLAGS = "-#+ 0,(";
    static final String[] CONVS = {"b", "B", "h", "H", "s", "S", "c", "C", "d", "o", "x", "X",
        "e", "E", "f", "g", "G", "a", "A", "%", "n", "tY", "TY"};
    static final Object[] ARGS = {-42, -1234.5678, "abc", null, 'x', 255L, (byte) -3, 2.5f, true};

    static String run(String f, Object arg) {
        try {
            return "[" + String.format(f, arg) + "]";
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        int count = 0;
        for (String c : CONVS) {
            for (int mask = 0; mask < 128; mask++) {
                StringBuilder fl = new StringBuilder();
                for (int k = 0; k < 7; k++) {
                    if ((mask & (1 << k)) != 0) {
                        fl.append(FLAGS.charAt(k));
                    }
                }
                for (int wp = 0; wp < 4; wp++) {
                    String f = "%" + fl + ((wp & 1) != 0 ? "9" : "") + ((wp & 2) != 0 ? ".2" : "") + c;
                    StringBuilder line = new StringBuilder(f).append(" :");
                    // Only the natural argument for most combinations, all of them for a few.
                    int limit = (mask % 16 == 0) ? ARGS.length : 2;
                    String prev = null;
                    for (int ai = 0; ai < limit; ai++) {
                        if (c.length() == 2 && ARGS[ai] instanceof Long) {
                            continue; // %t of a Long depends on the time zone
                        }
                        String r = run(f, ARGS[ai]);
                        if (r.equals(prev)) {
                            line.append(" =");
                        } else {
                            line.append(' ').append(r);
                        }
                        prev = r;
                        count++;
                    }
                    System.out.println(line);
                }
            }
        }
        // Flag order in the format string does not matter; '<' and explicit indexes.
        String[] odd = {"%(+d", "%0-5d", "% +d", "%,(d", "%<d", "%1$<d", "%<-5d", "%-<5d", "%<%", "%<n",
            "%1$%", "%1$n", "%0 5d", "%0+,12d", "%#-8x", "%-#8o", "%(9.1f", "%+(9.1f", "%<+(9.1f"};
        for (String f : odd) {
            System.out.println(f + " : " + run(f, -7) + " " + run(f, 3.25));
        }
        System.out.println("count " + count);
    }
}
