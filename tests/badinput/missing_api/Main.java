/** Compiles with javac, but the Kiln class library has no java.text: the build must name the API and line 7. */
public class Main {
    public static void main(String[] args) {
        double amount = 1234567.891;
        System.out.println("formatting " + amount);
        int n = 0;
        java.text.NumberFormat f = java.text.NumberFormat.getInstance();
        System.out.println(f.format(amount));
        System.out.println(n);
    }
}
