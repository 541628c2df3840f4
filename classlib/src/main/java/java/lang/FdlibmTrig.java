package java.lang;

import static java.lang.FdlibmBits.*;

/**
 * asin, acos, atan, atan2 for StrictMath after fdlibm 5.3's algorithms (rational approximations
 * of asin around 0 and of atan on reduced intervals with tabulated atan values), step by step so
 * results are bit-identical to the JDK's StrictMath.
 */
final class FdlibmTrig {
    private FdlibmTrig() {}

    static final double HUGE = 1.0e300, TINY = 1.0e-300;
    static final double PIO2_HI = 1.57079632679489655800e+00, PIO2_LO = 6.12323399573676603587e-17,
            PIO4_HI = 7.85398163397448278999e-01, PI = 3.14159265358979311600e+00;
    static final double PS0 = 1.66666666666666657415e-01, PS1 = -3.25565818622400915405e-01, PS2 = 2.01212532134862925881e-01,
            PS3 = -4.00555345006794114027e-02, PS4 = 7.91534994289814532176e-04, PS5 = 3.47933107596021167570e-05,
            QS1 = -2.40339491173441421878e+00, QS2 = 2.02094576023350569471e+00, QS3 = -6.88283971605453293030e-01,
            QS4 = 7.70381505559019352791e-02;

    private static double rp(double t) { return t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5))))); }
    private static double rq(double t) { return 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4))); }

    static double asin(double x) {
        int hx = hi(x), ix = hx & 0x7fffffff;
        if (ix >= 0x3ff00000) {
            if (((ix - 0x3ff00000) | lo(x)) == 0) return x * PIO2_HI + x * PIO2_LO;
            return (x - x) / (x - x);
        }
        if (ix < 0x3fe00000) {
            if (ix < 0x3e400000) return x;
            double t = x * x;
            return x + x * (rp(t) / rq(t));
        }
        double w = 1.0 - Math.abs(x), t = w * 0.5;
        double p = rp(t), q = rq(t), s = Math.sqrt(t);
        if (ix >= 0x3FEF3333) {
            w = p / q;
            t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
        } else {
            w = withLo(s, 0);
            double c = (t - w * w) / (s + w);
            double r = p / q;
            p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
            q = PIO4_HI - 2.0 * w;
            t = PIO4_HI - (p - q);
        }
        return hx > 0 ? t : -t;
    }

    static double acos(double x) {
        int hx = hi(x), ix = hx & 0x7fffffff;
        if (ix >= 0x3ff00000) {
            if (((ix - 0x3ff00000) | lo(x)) == 0) return hx > 0 ? 0.0 : PI + 2.0 * PIO2_LO;
            return (x - x) / (x - x);
        }
        if (ix < 0x3fe00000) {
            if (ix <= 0x3c600000) return PIO2_HI + PIO2_LO;
            double z = x * x;
            double r = rp(z) / rq(z);
            return PIO2_HI - (x - (PIO2_LO - x * r));
        } else if (hx < 0) {
            double z = (1.0 + x) * 0.5;
            double s = Math.sqrt(z);
            double r = rp(z) / rq(z);
            double w = r * s - PIO2_LO;
            return PI - 2.0 * (s + w);
        } else {
            double z = (1.0 - x) * 0.5;
            double s = Math.sqrt(z);
            double df = withLo(s, 0);
            double c = (z - df * df) / (s + df);
            double r = rp(z) / rq(z);
            double w = r * s + c;
            return 2.0 * (df + w);
        }
    }

    static final double[] ATANHI = {4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01, 1.57079632679489655800e+00};
    static final double[] ATANLO = {2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17};
    static final double[] AT = {3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01,
            -1.11111104054623557880e-01, 9.09088713343650656196e-02, -7.69187620504482999495e-02, 6.66107313738753120669e-02,
            -5.83357013379057348645e-02, 4.97687799461593236017e-02, -3.65315727442169155270e-02, 1.62858201153657823623e-02};

    static double atan(double x) {
        int hx = hi(x), ix = hx & 0x7fffffff;
        int id;
        if (ix >= 0x44100000) {
            if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lo(x) != 0)) return x + x;
            return hx > 0 ? ATANHI[3] + ATANLO[3] : -ATANHI[3] - ATANLO[3];
        }
        if (ix < 0x3fdc0000) {
            if (ix < 0x3e200000) return x;
            id = -1;
        } else {
            x = Math.abs(x);
            if (ix < 0x3ff30000) {
                if (ix < 0x3fe60000) { id = 0; x = (2.0 * x - 1.0) / (2.0 + x); }
                else { id = 1; x = (x - 1.0) / (x + 1.0); }
            } else {
                if (ix < 0x40038000) { id = 2; x = (x - 1.5) / (1.0 + 1.5 * x); }
                else { id = 3; x = -1.0 / x; }
            }
        }
        double z = x * x, w = z * z;
        double s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
        double s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
        if (id < 0) return x - x * (s1 + s2);
        z = ATANHI[id] - ((x * (s1 + s2) - ATANLO[id]) - x);
        return hx < 0 ? -z : z;
    }

    static final double PI_O_4 = 7.8539816339744827900E-01, PI_O_2 = 1.5707963267948965580E+00,
            PI2 = 3.1415926535897931160E+00, PI_LO = 1.2246467991473531772E-16;

    static double atan2(double y, double x) {
        int hx = hi(x), ix = hx & 0x7fffffff, lx = lo(x);
        int hy = hi(y), iy = hy & 0x7fffffff, ly = lo(y);
        if ((ix | ((lx | -lx) >>> 31)) > 0x7ff00000 || (iy | ((ly | -ly) >>> 31)) > 0x7ff00000) return x + y;
        if (((hx - 0x3ff00000) | lx) == 0) return atan(y);
        int m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
        if ((iy | ly) == 0) {
            switch (m) {
                case 0: case 1: return y;
                case 2: return PI2 + TINY;
                default: return -PI2 - TINY;
            }
        }
        if ((ix | lx) == 0) return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
        if (ix == 0x7ff00000) {
            if (iy == 0x7ff00000) {
                switch (m) {
                    case 0: return PI_O_4 + TINY;
                    case 1: return -PI_O_4 - TINY;
                    case 2: return 3.0 * PI_O_4 + TINY;
                    default: return -3.0 * PI_O_4 - TINY;
                }
            } else {
                switch (m) {
                    case 0: return 0.0;
                    case 1: return -0.0;
                    case 2: return PI2 + TINY;
                    default: return -PI2 - TINY;
                }
            }
        }
        if (iy == 0x7ff00000) return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
        int k = (iy - ix) >> 20;
        double z;
        if (k > 60) z = PI_O_2 + 0.5 * PI_LO;
        else if (hx < 0 && k < -60) z = 0.0;
        else z = atan(Math.abs(y / x));
        switch (m) {
            case 0: return z;
            case 1: return -z;
            case 2: return PI2 - (z - PI_LO);
            default: return (z - PI_LO) - PI2;
        }
    }
}
