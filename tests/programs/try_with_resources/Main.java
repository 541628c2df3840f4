/** try-with-resources: close order, exceptions from close() recorded as suppressed, resources that are null. */
public class Main {
    static StringBuilder log = new StringBuilder();

    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;
        Res(String name, boolean failOnClose) { this.name = name; this.failOnClose = failOnClose; log.append("open ").append(name).append(' '); }
        @Override public void close() {
            log.append("close ").append(name).append(' ');
            if (failOnClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    static String run(boolean bodyThrows, boolean aFails, boolean bFails) {
        log.setLength(0);
        try (Res a = new Res("a", aFails); Res b = new Res("b", bFails)) {
            log.append("body ");
            if (bodyThrows) throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            log.append("| caught ").append(e.getMessage());
            for (Throwable s : e.getSuppressed()) log.append(" +suppressed(").append(s.getMessage()).append(')');
        } finally {
            log.append(" | finally");
        }
        return log.toString();
    }

    public static void main(String[] args) throws Exception {
        for (int mask = 0; mask < 8; mask++) {
            System.out.println(mask + ": " + run((mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0));
        }
        log.setLength(0);
        try (Res n = null) {
            log.append("null resource body");
        }
        System.out.println(log);
        log.setLength(0);
        Res outer = new Res("existing", false);
        try (outer) {
            log.append("body-with-existing ");
        }
        System.out.println(log);
        Throwable t = new Exception("primary");
        t.addSuppressed(new Exception("s1"));
        t.addSuppressed(new Error("s2"));
        System.out.println("manual suppressed: " + t.getSuppressed().length + " " + t.getSuppressed()[1]);
    }
}
