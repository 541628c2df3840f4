/** Sieve of Eratosthenes over 2 million with boolean arrays, plus a segmented count with bitsets in long[]. */
public class Main {
    public static void main(String[] args) {
        int n = 2_000_000;
        boolean[] composite = new boolean[n + 1];
        for (int i = 2; (long) i * i <= n; i++) {
            if (!composite[i]) for (int j = i * i; j <= n; j += i) composite[j] = true;
        }
        int count = 0;
        long sum = 0;
        int last = 0;
        for (int i = 2; i <= n; i++) if (!composite[i]) { count++; sum += i; last = i; }
        System.out.println("primes below " + n + ": " + count + " sum " + sum + " largest " + last);
        StringBuilder first = new StringBuilder();
        for (int i = 2, k = 0; k < 25; i++) if (!composite[i]) { first.append(i).append(' '); k++; }
        System.out.println(first);
        long[] bits = new long[(n >> 6) + 1];       // bit set: 1 = composite
        for (int i = 2; (long) i * i <= n; i++) {
            if ((bits[i >> 6] & (1L << i)) == 0) for (int j = i * i; j <= n; j += i) bits[j >> 6] |= 1L << j;
        }
        int count2 = 0;
        for (int i = 2; i <= n; i++) if ((bits[i >> 6] & (1L << i)) == 0) count2++;
        System.out.println("bitset count " + count2 + " agrees " + (count2 == count));
        int twins = 0;
        for (int i = 3; i + 2 <= n; i += 2) if (!composite[i] && !composite[i + 2]) twins++;
        System.out.println("twin prime pairs " + twins);
    }
}
