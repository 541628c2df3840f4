package java.lang;

import static java.lang.FdlibmBits.*;

/**
 * pow for StrictMath after fdlibm 5.3's e_pow: the special cases of the StrictMath javadoc, then
 * log2(|x|) in extra precision (a rational approximation around 1 or 1.5), times y split into
 * high and low parts, then 2^(product) with an exp-style polynomial. Bit-identical to the JDK's
 * StrictMath.pow (checked on millions of argument pairs).
 */
final class FdlibmPow {
    private FdlibmPow() {}

    private static final double[] BP = {1.0, 1.5}, DP_H = {0.0, 5.84962487220764160156e-01}, DP_L = {0.0, 1.35003920212974897128e-08};
    private static final double HUGE = 1.0e300, TINY = 1.0e-300, TWO53 = 0x1.0p53;
    private static final double L1 = 5.99999999999994648725e-01, L2 = 4.28571428578550184252e-01, L3 = 3.33333329818377432918e-01,
            L4 = 2.72728123808534006489e-01, L5 = 2.30660745775561754067e-01, L6 = 2.06975017800338417784e-01;
    private static final double P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03, P3 = 6.61375632143793436117e-05,
            P4 = -1.65339022054652515390e-06, P5 = 4.13813679705723846039e-08;
    private static final double LG2 = 6.93147180559945286227e-01, LG2_H = 6.93147182464599609375e-01,
            LG2_L = -1.90465429995776804525e-09, OVT = 8.0085662595372944372e-17, CP = 9.61796693925975554329e-01,
            CP_H = 9.61796700954437255859e-01, CP_L = -7.02846165095275826516e-09, IVLN2 = 1.44269504088896338700e+00,
            IVLN2_H = 1.44269502162933349609e+00, IVLN2_L = 1.92596299112661746887e-08;

    static double pow(double x, double y) {
        int hx = hi(x), lx = lo(x), hy = hi(y), ly = lo(y);
        int ix = hx & 0x7fffffff, iy = hy & 0x7fffffff;
        if ((iy | ly) == 0) return 1.0;
        if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0) || iy > 0x7ff00000 || (iy == 0x7ff00000 && ly != 0)) return x + y;
        // yisint: 0 = y not an integer, 1 = odd integer, 2 = even integer (only needed for x < 0)
        int yisint = 0;
        if (hx < 0) {
            if (iy >= 0x43400000) {
                yisint = 2;
            } else if (iy >= 0x3ff00000) {
                int k = (iy >> 20) - 0x3ff;
                if (k > 20) {
                    int j = ly >>> (52 - k);
                    if ((j << (52 - k)) == ly) yisint = 2 - (j & 1);
                } else if (ly == 0) {
                    int j = iy >> (20 - k);
                    if ((j << (20 - k)) == iy) yisint = 2 - (j & 1);
                }
            }
        }
        if (ly == 0) {
            if (iy == 0x7ff00000) {
                if (((ix - 0x3ff00000) | lx) == 0) return y - y;
                if (ix >= 0x3ff00000) return hy >= 0 ? y : 0.0;
                return hy < 0 ? -y : 0.0;
            }
            if (iy == 0x3ff00000) return hy < 0 ? 1.0 / x : x;
            if (hy == 0x40000000) return x * x;
            if (hy == 0x3fe00000 && hx >= 0) return Math.sqrt(x);
        }
        double ax = Math.abs(x);
        if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000)) {
            double z = ax;
            if (hy < 0) z = 1.0 / z;
            if (hx < 0) {
                if (((ix - 0x3ff00000) | yisint) == 0) z = (z - z) / (z - z);
                else if (yisint == 1) z = -z;
            }
            return z;
        }
        int n = (hx >>> 31) - 1;
        if ((n | yisint) == 0) return (x - x) / (x - x);
        double s = 1.0;
        if ((n | (yisint - 1)) == 0) s = -1.0;
        double t1, t2;
        if (iy > 0x41e00000) {
            if (iy > 0x43f00000) {
                if (ix <= 0x3fefffff) return hy < 0 ? HUGE * HUGE : TINY * TINY;
                if (ix >= 0x3ff00000) return hy > 0 ? HUGE * HUGE : TINY * TINY;
            }
            if (ix < 0x3fefffff) return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
            if (ix > 0x3ff00000) return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
            double t = ax - 1.0;
            double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            double u = IVLN2_H * t;
            double v = t * IVLN2_L - w * IVLN2;
            t1 = withLo(u + v, 0);
            t2 = v - (t1 - u);
        } else {
            n = 0;
            if (ix < 0x00100000) {
                ax *= TWO53;
                n -= 53;
                ix = hi(ax);
            }
            n += (ix >> 20) - 0x3ff;
            int j = ix & 0x000fffff;
            ix = j | 0x3ff00000;
            int k;
            if (j <= 0x3988E) k = 0;
            else if (j < 0xBB67A) k = 1;
            else { k = 0; n += 1; ix -= 0x00100000; }
            ax = withHi(ax, ix);
            double u = ax - BP[k];
            double v = 1.0 / (ax + BP[k]);
            double ss = u * v;
            double sH = withLo(ss, 0);
            double tH = fromHi(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18));
            double tL = ax - (tH - BP[k]);
            double sL = v * ((u - sH * tH) - sH * tL);
            double s2 = ss * ss;
            double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = withLo(3.0 + s2 + r, 0);
            tL = r - ((tH - 3.0) - s2);
            u = sH * tH;
            v = sL * tH + tL * ss;
            double pH = withLo(u + v, 0);
            double pL = v - (pH - u);
            double zH = CP_H * pH;
            double zL = CP_L * pH + pL * CP + DP_L[k];
            double t = n;
            t1 = withLo(((zH + zL) + DP_H[k]) + t, 0);
            t2 = zL - (((t1 - t) - DP_H[k]) - zH);
        }
        double y1 = withLo(y, 0);
        double pL = (y - y1) * t1 + y * t2;
        double pH = y1 * t1;
        double z = pL + pH;
        int j = hi(z), i = lo(z);
        if (j >= 0x40900000) {
            if (((j - 0x40900000) | i) != 0) return s * HUGE * HUGE;
            if (pL + OVT > z - pH) return s * HUGE * HUGE;
        } else if ((j & 0x7fffffff) >= 0x4090cc00) {
            if (((j - 0xc090cc00) | i) != 0) return s * TINY * TINY;
            if (pL <= z - pH) return s * TINY * TINY;
        }
        i = j & 0x7fffffff;
        int k = (i >> 20) - 0x3ff;
        n = 0;
        if (i > 0x3fe00000) {
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7fffffff) >> 20) - 0x3ff;
            double t = fromHi(n & ~(0x000fffff >> k));
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if (j < 0) n = -n;
            pH -= t;
        }
        double t = withLo(pL + pH, 0);
        double u = t * LG2_H;
        double v = (pL - (t - pH)) * LG2 + t * LG2_L;
        z = u + v;
        double w = v - (z - u);
        t = z * z;
        t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        double r = (z * t1) / (t1 - 2.0) - (w + z * w);
        z = 1.0 - (r - z);
        j = hi(z);
        j += n << 20;
        if ((j >> 20) <= 0) z = scalbn(z, n);
        else z = withHi(z, hi(z) + (n << 20));
        return s * z;
    }
}
