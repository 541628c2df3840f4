import java.util.Arrays;

/** Hand-written sorts (quicksort, merge sort, insertion sort on strings, heap sort) checked against Arrays.sort. */
public class Main {
    static void quicksort(int[] a, int lo, int hi) {
        while (lo < hi) {
            int p = a[(lo + hi) >>> 1], i = lo, j = hi;
            while (i <= j) {
                while (a[i] < p) i++;
                while (a[j] > p) j--;
                if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
            }
            if (j - lo < hi - i) { quicksort(a, lo, j); lo = i; } else { quicksort(a, i, hi); hi = j; }
        }
    }

    static void mergeSort(long[] a, long[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static void insertionSort(String[] a) {
        for (int i = 1; i < a.length; i++) {
            String x = a[i];
            int j = i - 1;
            while (j >= 0 && a[j].compareTo(x) > 0) { a[j + 1] = a[j]; j--; }
            a[j + 1] = x;
        }
    }

    static void heapSort(double[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            double t = a[0]; a[0] = a[end]; a[end] = t;
            sift(a, 0, end);
        }
    }

    static void sift(double[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < n && a[l] > a[m]) m = l;
            if (r < n && a[r] > a[m]) m = r;
            if (m == i) return;
            double t = a[i]; a[i] = a[m]; a[m] = t;
            i = m;
        }
    }

    public static void main(String[] args) {
        int n = 100000;
        int[] a = new int[n];
        long[] l = new long[n];
        double[] d = new double[20000];
        int seed = 99;
        for (int i = 0; i < n; i++) {
            seed = seed * 1664525 + 1013904223;
            a[i] = seed;
            l[i] = (long) seed * (i + 1);
            if (i < d.length) d[i] = seed / 1000.0;
        }
        int[] ref = a.clone();
        Arrays.sort(ref);
        quicksort(a, 0, n - 1);
        boolean same = true;
        for (int i = 0; i < n; i++) if (a[i] != ref[i]) same = false;
        System.out.println("quicksort matches Arrays.sort: " + same + " min " + a[0] + " max " + a[n - 1] + " median " + a[n / 2]);
        mergeSort(l, new long[n], 0, n);
        boolean ordered = true;
        for (int i = 1; i < n; i++) if (l[i - 1] > l[i]) ordered = false;
        System.out.println("mergesort ordered: " + ordered + " first " + l[0] + " last " + l[n - 1]);
        heapSort(d);
        boolean dOrdered = true;
        for (int i = 1; i < d.length; i++) if (d[i - 1] > d[i]) dOrdered = false;
        System.out.println("heapsort ordered: " + dOrdered + " first " + d[0] + " last " + d[d.length - 1]);
        String[] words = {"pear", "apple", "fig", "banana", "cherry", "date", "elderberry", "apple", "Apple", "grape", ""};
        insertionSort(words);
        System.out.println(Arrays.toString(words));
    }
}
