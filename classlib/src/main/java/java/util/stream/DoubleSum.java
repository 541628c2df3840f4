package java.util.stream;

/**
 * Compensated (Kahan) summation as specified for DoubleStream.sum/average and
 * Collectors.summingDouble/averagingDouble: keeps a running sum, its compensation term and
 * a plain sum (used when the compensated result is NaN but the plain sum is infinite).
 */
final class DoubleSum {
    double sum;
    double comp;
    double simple;
    long count;

    void add(double v) {
        count++;
        simple += v;
        double y = v - comp;
        double t = sum + y;
        comp = (t - sum) - y;
        sum = t;
    }

    double result() {
        double r = sum - comp;
        if (Double.isNaN(r) && Double.isInfinite(simple)) {
            return simple;
        }
        return r;
    }
}
