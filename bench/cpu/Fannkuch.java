/**
 * fannkuch-redux of the Computer Language Benchmarks Game, written for this benchmark: every
 * permutation of 0..n-1 (n = 9) in the order of the reference algorithm, counting the prefix
 * reversals ("flips") until 0 comes first. Small int[] loops with many bounds checks.
 */
public class Fannkuch {
    static long fannkuch(int n) {
        int[] perm = new int[n], perm1 = new int[n], count = new int[n];
        for (int i = 0; i < n; i++) {
            perm1[i] = i;
        }
        int maxFlips = 0, checksum = 0, permIndex = 0, r = n;
        while (true) {
            while (r != 1) {
                count[r - 1] = r;
                r--;
            }
            System.arraycopy(perm1, 0, perm, 0, n);
            int flips = 0;
            int k;
            while ((k = perm[0]) != 0) {
                for (int i = 0, j = k; i < j; i++, j--) {
                    int t = perm[i];
                    perm[i] = perm[j];
                    perm[j] = t;
                }
                flips++;
            }
            maxFlips = Math.max(maxFlips, flips);
            checksum += (permIndex & 1) == 0 ? flips : -flips;
            while (true) {
                if (r == n) {
                    return (long) checksum << 32 | maxFlips;
                }
                int first = perm1[0];
                for (int i = 0; i < r; i++) {
                    perm1[i] = perm1[i + 1];
                }
                perm1[r] = first;
                if (--count[r] > 0) {
                    break;
                }
                r++;
            }
            permIndex++;
        }
    }

    static long unit() {
        return fannkuch(9);
    }

    public static void main(String[] args) {
        Harness.main(args, 10, Fannkuch::unit);
    }
}
