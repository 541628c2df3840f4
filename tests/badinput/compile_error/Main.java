/** Does not compile: line 5 uses a variable that does not exist. */
public class Main {
    public static void main(String[] args) {
        int total = 0;
        total += undefinedVariable;
        System.out.println(total);
    }
}
