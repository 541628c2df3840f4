package java.lang;

import static java.lang.FdlibmBits.*;

/**
 * hypot (scaling to avoid overflow, then a square root of an exactly split sum of squares) and
 * cbrt (a bit-level first guess refined by a rational step and one Newton step), after fdlibm
 * 5.3, bit-identical to the JDK's StrictMath.
 */
final class FdlibmAlgebraic {
    private FdlibmAlgebraic() {}

    static final double HUGE = 1.0e300;

    static double hypot(double x, double y) {
        int ha = hi(x) & 0x7fffffff, hb = hi(y) & 0x7fffffff;
        double a, b;
        if (hb > ha) { a = y; b = x; int j = ha; ha = hb; hb = j; } else { a = x; b = y; }
        a = withHi(a, ha);
        b = withHi(b, hb);
        if ((ha - hb) > 0x3c00000) return a + b;
        int k = 0;
        if (ha > 0x5f300000) {
            if (ha >= 0x7ff00000) {
                double w = a + b;
                if (((ha & 0xfffff) | lo(a)) == 0) w = a;
                if (((hb ^ 0x7ff00000) | lo(b)) == 0) w = b;
                return w;
            }
            ha -= 0x25800000; hb -= 0x25800000; k += 600;
            a = withHi(a, ha);
            b = withHi(b, hb);
        }
        if (hb < 0x20b00000) {
            if (hb <= 0x000fffff) {
                if ((hb | lo(b)) == 0) return a;
                double t1 = fromHi(0x7fd00000);
                b *= t1;
                a *= t1;
                k -= 1022;
            } else {
                ha += 0x25800000; hb += 0x25800000; k -= 600;
                a = withHi(a, ha);
                b = withHi(b, hb);
            }
        }
        double w = a - b;
        if (w > b) {
            double t1 = fromHi(ha);
            double t2 = a - t1;
            w = Math.sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
        } else {
            a = a + a;
            double y1 = fromHi(hb);
            double y2 = b - y1;
            double t1 = fromHi(ha + 0x00100000);
            double t2 = a - t1;
            w = Math.sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
        }
        if (k != 0) {
            double t1 = withHi(1.0, hi(1.0) + (k << 20));
            return t1 * w;
        }
        return w;
    }

    static final int B1 = 715094163, B2 = 696219795;
    static final double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01, E = 1.41428571428571436819e+00,
            F = 1.60714285714285720630e+00, G = 3.57142857142857150787e-01;

    static double cbrt(double x) {
        int hx = hi(x);
        int sign = hx & 0x80000000;
        hx ^= sign;
        if (hx >= 0x7ff00000) return x + x;
        if ((hx | lo(x)) == 0) return x;
        x = withHi(x, hx);
        double t;
        if (hx < 0x00100000) {
            t = fromHi(0x43500000);
            t *= x;
            t = withHi(t, hi(t) / 3 + B2);
        } else {
            t = fromHi(hx / 3 + B1);
        }
        double r = t * t / x;
        double s = C + r * t;
        t *= G + F / (s + E + D / s);
        t = fromHi(hi(t) + 1);
        s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        t = t + t * r;
        return withHi(t, hi(t) | sign);
    }
}
