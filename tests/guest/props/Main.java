/** Boot properties (kiln run -D key=value) reach System.getProperty; arguments reach main. */
public class Main {
    public static void main(String[] args) {
        System.out.println("greeting=" + System.getProperty("app.greeting"));
        System.out.println("missing=" + System.getProperty("app.missing", "default"));
        System.out.println("args=" + String.join("|", args));
        System.exit(args.length);
    }
}
