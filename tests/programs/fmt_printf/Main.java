import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Formatter;
import java.util.FormatterClosedException;
import java.util.IllegalFormatException;

// PrintStream.printf/format (to System.out and to a byte array), the Formatter object itself
// (Appendable targets, out, toString, flush, close, ioException) and output written before a
// failing specifier.
public class Main {
    static class Failing implements Appendable {
        int calls;
        public Appendable append(CharSequence csq) throws IOException {
            if (++calls == 2) {
                throw new IOException("boom " + csq);
            }
            System.out.println("append <" + csq + ">");
            return this;
        }
        public Appendable append(CharSequence csq, int start, int end) throws IOException {
            return append(csq.subSequence(start, end));
        }
        public Appendable append(char c) throws IOException {
            return append(String.valueOf(c));
        }
    }

    public static void main(String[] args) {
        System.out.printf("%d + %d = %d%n", 2, 3, 5);
        System.out.format("%-10s|%10s|%n", "left", "right");
        System.out.printf("%.3f %e %g %a%n", Math.PI, Math.E, 1e-5, 0.5);
        PrintStream ps = System.out.printf("no args%n");
        System.out.println(ps == System.out);
        System.out.printf("%s%n", (Object[]) null);
        for (int i = 0; i < 5; i++) {
            System.out.printf("%3d|%-5s|%05.1f|%x%n", i * i, "r" + i, i / 3.0, i * 255);
        }
        // Output before a bad argument is printed; a bad format string prints nothing.
        try {
            System.out.printf("before %d then %d%n", 1, "x");
        } catch (IllegalFormatException e) {
            System.out.println();
            System.out.println("caught " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            System.out.printf("never %d %q%n", 1);
        } catch (IllegalFormatException e) {
            System.out.println("caught " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            System.out.printf("missing %s and %s%n", "one");
        } catch (IllegalFormatException e) {
            System.out.println("|caught " + e.getMessage());
        }
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        PrintStream p2 = new PrintStream(bos);
        p2.printf("%s=%d;", "a", 1).format("%s=%.1f;", "b", 2.25).printf("\u00e9%c", 0x263A);
        p2.flush();
        System.out.println(bos.size() + " " + bos.toString());
        p2.close();
        p2.printf("after close %d", 1);
        System.out.println(p2.checkError());

        Formatter f = new Formatter();
        f.format("%d-%s", 1, "x").format("|%5.2f", 2.345);
        System.out.println(f.toString() + " " + f.out().getClass().getName() + " " + f.ioException());
        f.flush();
        f.close();
        f.close();
        try {
            f.format("x");
        } catch (FormatterClosedException e) {
            System.out.println("closed " + e.getMessage());
        }
        try {
            f.toString();
        } catch (FormatterClosedException e) {
            System.out.println("closed toString");
        }
        StringBuilder sb = new StringBuilder("pre:");
        Formatter f2 = new Formatter(sb);
        f2.format("%s,%s", "a", "b");
        System.out.println(sb + " " + (f2.out() == sb));
        Formatter f3 = new Formatter((Appendable) null);
        System.out.println("[" + f3.format("%08.3f", -1.5) + "]");
        Failing fa = new Failing();
        Formatter f4 = new Formatter(fa);
        f4.format("one %s two %s three", "A", "B");
        System.out.println(f4.ioException().getMessage() + " calls=" + fa.calls);
        Formatter f5 = new Formatter(System.out);
        f5.format("via Formatter(PrintStream) %d%n", 5);
        f5.flush();
        System.out.println(String.join(",", String.format("%s", "x"), "%d items".formatted(3)));
    }
}
