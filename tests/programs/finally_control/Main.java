/** finally with return/break/continue: which value wins, which exception is discarded. */
public class Main {
    static StringBuilder log = new StringBuilder();

    @SuppressWarnings("finally")
    static int returnOverride() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    static int returnValueSnapshot() {
        int x = 10;
        try {
            return x;        // the value is captured before finally runs
        } finally {
            x = 20;
            log.append("x=").append(x).append(' ');
        }
    }

    @SuppressWarnings("finally")
    static String swallow() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return "swallowed";
        }
    }

    static void replace() {
        try {
            throw new IllegalStateException("original");
        } finally {
            throw new IllegalArgumentException("replacement");
        }
    }

    @SuppressWarnings("finally")
    static int breakInFinally() {
        int i = 0;
        while (true) {
            try {
                i++;
                if (i == 3) throw new RuntimeException("discarded by break");
            } finally {
                if (i == 3) break;
            }
        }
        return i;
    }

    static int continueInFinally() {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            try {
                if (i % 2 == 0) continue;
                sum += i;
            } finally {
                sum += 100;
            }
        }
        return sum;
    }

    static int nestedFinally() {
        int r = 0;
        try {
            try {
                try {
                    return r += 1;
                } finally {
                    r += 10;
                    log.append("f1 ");
                }
            } finally {
                r += 100;
                log.append("f2 ");
            }
        } finally {
            log.append("f3:r=").append(r).append(' ');
        }
    }

    static long labeled() {
        long acc = 0;
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                try {
                    if (j == 3) continue outer;
                    if (i == 4) break outer;
                    acc = acc * 3 + j;
                } finally {
                    acc += 1000;
                }
            }
        }
        return acc;
    }

    public static void main(String[] args) {
        System.out.println("returnOverride " + returnOverride());
        System.out.println("returnValueSnapshot " + returnValueSnapshot() + " " + log); log.setLength(0);
        System.out.println("swallow " + swallow());
        try { replace(); } catch (RuntimeException e) { System.out.println("replace -> " + e.getMessage() + " suppressed=" + e.getSuppressed().length); }
        System.out.println("breakInFinally " + breakInFinally());
        System.out.println("continueInFinally " + continueInFinally());
        System.out.println("nestedFinally " + nestedFinally() + " " + log); log.setLength(0);
        System.out.println("labeled " + labeled());
        int count = 0;
        for (int i = 0; i < 1000; i++) {
            try {
                try {
                    if (i % 7 == 0) throw new RuntimeException();
                } finally {
                    count++;
                }
            } catch (RuntimeException e) {
                count += 1000;
            }
        }
        System.out.println("count " + count);
    }
}
