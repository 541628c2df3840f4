/** The smallest Kiln unikernel: greets whoever is named on the command line. */
public class Hello {
    public static void main(String[] args) {
        String who = args.length > 0 ? String.join(" ", args) : "Kiln";
        System.out.println("Hello, " + who);
    }
}
