/** Custom exception hierarchies: catch order, multi-catch, checked exceptions, causes, overridden getMessage. */
public class Main {
    static class AppException extends Exception {
        final int code;
        AppException(String msg, int code) { super(msg); this.code = code; }
        AppException(String msg, Throwable cause) { super(msg, cause); this.code = -1; }
    }
    static class NotFound extends AppException { NotFound(String what) { super("not found: " + what, 404); } }
    static class Forbidden extends AppException { Forbidden() { super("forbidden", 403); } }
    static class Teapot extends AppException {
        Teapot() { super(null, 418); }
        @Override public String getMessage() { return "I'm a teapot (" + code + ")"; }
    }
    static class Unchecked extends RuntimeException {
        Unchecked(Throwable cause) { super(cause); }
    }

    static void request(int n) throws AppException {
        switch (n) {
            case 0: throw new NotFound("/index");
            case 1: throw new Forbidden();
            case 2: throw new Teapot();
            case 3: throw new AppException("generic", 500);
            case 4: throw new Unchecked(new NotFound("/inner"));
            case 5: throw new ArithmeticException("math");
            case 6: throw new StringIndexOutOfBoundsException("custom sioobe");
            default: System.out.println("request " + n + " ok");
        }
    }

    public static void main(String[] args) {
        for (int n = 0; n <= 7; n++) {
            try {
                request(n);
            } catch (NotFound | Forbidden e) {
                System.out.println(n + " client error " + e.code + ": " + e.getMessage() + " [" + e.getClass().getSimpleName() + "]");
            } catch (AppException e) {
                System.out.println(n + " app error " + e.code + ": " + e.getMessage() + " | " + e);
            } catch (Unchecked e) {
                System.out.println(n + " unchecked: " + e.getMessage() + " cause code " + ((AppException) e.getCause()).code);
            } catch (ArithmeticException | IndexOutOfBoundsException e) {
                System.out.println(n + " runtime: " + e);
            }
        }
        try {
            try {
                request(0);
            } catch (AppException e) {
                throw new AppException("outer", e);
            }
        } catch (AppException e) {
            Throwable c = e;
            StringBuilder chain = new StringBuilder();
            while (c != null) { chain.append(c.getClass().getSimpleName()).append('(').append(c.getMessage()).append(") "); c = c.getCause(); }
            System.out.println("chain: " + chain);
        }
        Throwable t = new Throwable("plain throwable");
        System.out.println(t + " | " + new Exception(new Error("root")).getMessage());
        RuntimeException r = new RuntimeException("with cause", null);
        System.out.println("null cause: " + r.getCause() + " initCause ok: " + (new RuntimeException().initCause(t) != null));
        System.out.println("localized: " + new NotFound("x").getLocalizedMessage());
    }
}
