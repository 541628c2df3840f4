package java.lang;

import static java.lang.FdlibmBits.*;

/**
 * exp, log, log10, expm1, log1p, sinh, cosh, tanh for StrictMath, following the algorithms of
 * fdlibm 5.3 (Sun, 1993) that the StrictMath javadoc names as the specification: argument
 * reduction by k*ln2 with ln2 split into high and low parts, then minimax polynomials (or the
 * Remez-rational form of exp). The operation order matters for bit-identical results, so each
 * function follows the published algorithm step by step. Verified bit-identical to HotSpot's
 * StrictMath on millions of random and boundary inputs.
 */
final class FdlibmExpLog {
    private FdlibmExpLog() {}

    static final double HUGE = 1.0e300, TWOM1000 = 0x1.0p-1000;
    static final double O_THRESHOLD = 7.09782712893383973096e+02, U_THRESHOLD = -7.45133219101941108420e+02;
    static final double LN2_HI = 6.93147180369123816490e-01, LN2_LO = 1.90821492927058770002e-10;
    static final double INV_LN2 = 1.44269504088896338700e+00;
    static final double P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03,
            P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06, P5 = 4.13813679705723846039e-08;

    static double exp(double x) {
        int hx = hi(x);
        int xsb = (hx >>> 31);
        hx &= 0x7fffffff;
        double hiPart = 0, loPart = 0;
        int k = 0;
        if (hx >= 0x40862E42) {
            if (hx >= 0x7ff00000) {
                if (((hx & 0xfffff) | lo(x)) != 0) return x + x;
                return xsb == 0 ? x : 0.0;
            }
            if (x > O_THRESHOLD) return HUGE * HUGE;
            if (x < U_THRESHOLD) return TWOM1000 * TWOM1000;
        }
        if (hx > 0x3fd62e42) {
            if (hx < 0x3FF0A2B2) {
                hiPart = x - (xsb == 0 ? LN2_HI : -LN2_HI);
                loPart = xsb == 0 ? LN2_LO : -LN2_LO;
                k = 1 - xsb - xsb;
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hiPart = x - t * LN2_HI;
                loPart = t * LN2_LO;
            }
            x = hiPart - loPart;
        } else if (hx < 0x3e300000) {
            if (HUGE + x > 1.0) return 1.0 + x;
        } else {
            k = 0;
        }
        double t = x * x;
        double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
        double y = 1.0 - ((loPart - (x * c) / (2.0 - c)) - hiPart);
        if (k >= -1021) return withHi(y, hi(y) + (k << 20));
        return withHi(y, hi(y) + ((k + 1000) << 20)) * TWOM1000;
    }

    static final double TWO54 = 0x1.0p54;
    static final double LG1 = 6.666666666666735130e-01, LG2 = 3.999999999940941908e-01, LG3 = 2.857142874366239149e-01,
            LG4 = 2.222219843214978396e-01, LG5 = 1.818357216161805012e-01, LG6 = 1.531383769920937332e-01,
            LG7 = 1.479819860511658591e-01;

    static double log(double x) {
        int hx = hi(x), lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7fffffff) | lx) == 0) return Double.NEGATIVE_INFINITY;
            if (hx < 0) return Double.NaN;
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) return x + x;
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = withHi(x, hx | (i ^ 0x3ff00000));
        k += (i >> 20);
        double f = x - 1.0;
        if ((0x000fffff & (2 + hx)) < 3) {
            if (f == 0.0) {
                if (k == 0) return 0.0;
                double dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) return f - r;
            double dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) return f - (hfsq - s * (hfsq + r));
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) return f - s * (f - r);
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    static final double IVLN10 = 4.34294481903251816668e-01, LOG10_2HI = 3.01029995663611771306e-01,
            LOG10_2LO = 3.69423907715893078616e-13;

    static double log10(double x) {
        int hx = hi(x), lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7fffffff) | lx) == 0) return Double.NEGATIVE_INFINITY;
            if (hx < 0) return Double.NaN;
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) return x + x;
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = withHi(x, hx);
        double z = y * LOG10_2LO + IVLN10 * log(x);
        return z + y * LOG10_2HI;
    }

    static final double TINY = 1.0e-300;
    static final double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03, Q3 = -7.93650757867487942473e-05,
            Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;

    static double expm1(double x) {
        int hx = hi(x);
        int xsb = hx & 0x80000000;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) {
            if (hx >= 0x40862E42) {
                if (hx >= 0x7ff00000) {
                    if (((hx & 0xfffff) | lo(x)) != 0) return x + x;
                    return xsb == 0 ? x : -1.0;
                }
                if (x > O_THRESHOLD) return HUGE * HUGE;
            }
            if (xsb != 0 && x + TINY < 0.0) return TINY - 1.0;
        }
        double hiP, loP, c = 0;
        int k;
        if (hx > 0x3fd62e42) {
            if (hx < 0x3FF0A2B2) {
                if (xsb == 0) { hiP = x - LN2_HI; loP = LN2_LO; k = 1; }
                else { hiP = x + LN2_HI; loP = -LN2_LO; k = -1; }
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hiP = x - t * LN2_HI;
                loP = t * LN2_LO;
            }
            x = hiP - loP;
            c = (hiP - x) - loP;
        } else if (hx < 0x3c900000) {
            double t = HUGE + x;
            return x - (t - (HUGE + x));
        } else {
            k = 0;
        }
        double hfx = 0.5 * x, hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) return x - (x * e - hxs);
        e = (x * (e - c) - c);
        e -= hxs;
        if (k == -1) return 0.5 * (x - e) - 0.5;
        if (k == 1) {
            if (x < -0.25) return -2.0 * (e - (x + 0.5));
            return 1.0 + 2.0 * (x - e);
        }
        double y;
        if (k <= -2 || k > 56) {
            y = 1.0 - (e - x);
            y = withHi(y, hi(y) + (k << 20));
            return y - 1.0;
        }
        if (k < 20) {
            t = fromHi(0x3ff00000 - (0x200000 >> k));
            y = t - (e - x);
            y = withHi(y, hi(y) + (k << 20));
        } else {
            t = fromHi((0x3ff - k) << 20);
            y = x - (e + t);
            y += 1.0;
            y = withHi(y, hi(y) + (k << 20));
        }
        return y;
    }

    static final double LP1 = 6.666666666666735130e-01, LP2 = 3.999999999940941908e-01, LP3 = 2.857142874366239149e-01,
            LP4 = 2.222219843214978396e-01, LP5 = 1.818357216161805012e-01, LP6 = 1.531383769920937332e-01,
            LP7 = 1.479819860511658591e-01;

    static double log1p(double x) {
        int hx = hi(x), ax = hx & 0x7fffffff;
        int k = 1, hu = 0;
        double f = 0, c = 0;
        if (hx < 0x3FDA827A) {
            if (ax >= 0x3ff00000) {
                if (x == -1.0) return Double.NEGATIVE_INFINITY;
                return (x - x) / (x - x);
            }
            if (ax < 0x3e200000) {
                if (TWO54 + x > 0.0 && ax < 0x3c900000) return x;
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= (int) 0xbfd2bec3) { k = 0; f = x; hu = 1; }
        }
        if (hx >= 0x7ff00000) return x + x;
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = (k > 0) ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHi(u, hu | 0x3ff00000);
            } else {
                k += 1;
                u = withHi(u, hu | 0x3fe00000);
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) {
            if (f == 0.0) {
                if (k == 0) return 0.0;
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) return f - r;
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f), z = s * s;
        double r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
        if (k == 0) return f - (hfsq - s * (hfsq + r));
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }

    static final double SHUGE = 1.0e307;

    static double sinh(double x) {
        int hx = hi(x), ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) return x + x;
        double h = hx < 0 ? -0.5 : 0.5;
        if (ix < 0x40360000) {
            if (ix < 0x3e300000 && SHUGE + x > 1.0) return x;
            double t = expm1(Math.abs(x));
            if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862E42) return h * exp(Math.abs(x));
        if (ix < 0x408633CE || (ix == 0x408633ce && (lo(x) & 0xFFFFFFFFL) <= 0x8fb9f87dL)) {
            double w = exp(0.5 * Math.abs(x));
            double t = h * w;
            return t * w;
        }
        return x * SHUGE;
    }

    static double cosh(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix >= 0x7ff00000) return x * x;
        if (ix < 0x3fd62e43) {
            double t = expm1(Math.abs(x));
            double w = 1.0 + t;
            if (ix < 0x3c800000) return w;
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x40360000) {
            double t = exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862E42) return 0.5 * exp(Math.abs(x));
        if (ix < 0x408633CE || (ix == 0x408633ce && (lo(x) & 0xFFFFFFFFL) <= 0x8fb9f87dL)) {
            double w = exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        return HUGE * HUGE;
    }

    static double tanh(double x) {
        int jx = hi(x), ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        double z;
        if (ix < 0x40360000) {
            if (ix < 0x3c800000) return x * (1.0 + x);
            if (ix >= 0x3ff00000) {
                double t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - TINY;
        }
        return jx >= 0 ? z : -z;
    }

}
