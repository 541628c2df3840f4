/** Compiles with javac, but the Kiln class library has no java.util.regex: the build must name the API and line 7. */
public class Main {
    public static void main(String[] args) {
        String text = "a1b22c333";
        System.out.println("counting digits in " + text);
        int n = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[0-9]+").matcher(text);
        while (m.find()) n++;
        System.out.println(n);
    }
}
