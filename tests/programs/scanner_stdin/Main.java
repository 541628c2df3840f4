import java.util.HashMap;
import java.util.Map;
import java.util.Scanner;
import java.util.TreeMap;

/** Reads a small "bank ledger" from stdin with Scanner: a header line, counted records, then free text. */
public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        String title = in.nextLine();
        int n = in.nextInt();
        Map<String, Double> balances = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String who = in.next();
            String op = in.next();
            double amount = in.nextDouble();
            balances.merge(who, op.equals("deposit") ? amount : -amount, Double::sum);
        }
        System.out.println(title + ": " + balances);
        long total = 0;
        int count = in.nextInt();
        for (int i = 0; i < count; i++) total += in.nextLong();
        System.out.println("longs " + count + " total " + total);
        System.out.println("flag " + in.nextBoolean() + " rest-of-line [" + in.nextLine() + "]");
        Map<String, Integer> words = new HashMap<>();
        int lines = 0;
        while (in.hasNextLine()) {
            String line = in.nextLine();
            lines++;
            Scanner words0 = new Scanner(line.toLowerCase());
            while (words0.hasNext()) words.merge(words0.next(), 1, Integer::sum);
        }
        System.out.println("lines " + lines + " words " + words);
        System.out.println("has more: " + in.hasNext());
        in.close();
    }
}
