package java.lang;

import static java.lang.FdlibmBits.*;

/**
 * sin, cos, tan for StrictMath after fdlibm 5.3: reduction of x modulo pi/2 (pi/2 split into
 * three parts for |x| < 2^20 * pi/2, a multi-precision product with the bits of 2/pi beyond),
 * then the minimax kernels on [-pi/4, pi/4]. Bit-identical to the JDK's StrictMath (checked on
 * millions of arguments, including huge ones and ones near multiples of pi/2).
 */
final class FdlibmSinCos {
    private FdlibmSinCos() {}

    private static final double S1 = -1.66666666666666324348e-01, S2 = 8.33333333332248946124e-03,
            S3 = -1.98412698298579493134e-04, S4 = 2.75573137070700676789e-06, S5 = -2.50507602534068634195e-08,
            S6 = 1.58969099521155010221e-10;

    /** sin(x + y) for |x| <= pi/4, y the tail of x; iy == 0 means y is zero. */
    static double kernelSin(double x, double y, int iy) {
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0) return x;
        double z = x * x, v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (iy == 0) return x + v * (S1 + z * r);
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    private static final double C1 = 4.16666666666666019037e-02, C2 = -1.38888888888741095749e-03,
            C3 = 2.48015872894767294178e-05, C4 = -2.75573143513906633035e-07, C5 = 2.08757232129817482790e-09,
            C6 = -1.13596475577881948265e-11;

    /** cos(x + y) for |x| <= pi/4. */
    static double kernelCos(double x, double y) {
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0) return 1.0;
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3FD33333) return 1.0 - (0.5 * z - (z * r - x * y));
        double qx = ix > 0x3fe90000 ? 0.28125 : fromHi(ix - 0x00200000);
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    private static final double[] T = {3.33333333333334091986e-01, 1.33333333333201242699e-01, 5.39682539762260521377e-02,
            2.18694882948595424599e-02, 8.86323982359930005737e-03, 3.59207910759131235356e-03, 1.45620945432529025516e-03,
            5.88041240820264096874e-04, 2.46463134818469906812e-04, 7.81794442939557092300e-05, 7.14072491382608190305e-05,
            -1.85586374855275456654e-05, 2.59073051863633712884e-05};
    private static final double PIO4 = 7.85398163397448278999e-01, PIO4LO = 3.06161699786838301793e-17;

    /** tan(x + y) for |x| <= pi/4 if iy == 1, else -1/tan(x + y). */
    static double kernelTan(double x, double y, int iy) {
        int hx = hi(x), ix = hx & 0x7fffffff;
        if (ix < 0x3e300000 && (int) x == 0) {
            if (((ix | lo(x)) | (iy + 1)) == 0) return 1.0 / Math.abs(x);
            if (iy == 1) return x;
            double w = x + y;
            double z = withLo(w, 0);
            double v = y - (z - x);
            double a = -1.0 / w;
            double t = withLo(a, 0);
            double s = 1.0 + t * z;
            return t + a * (s + t * v);
        }
        if (ix >= 0x3FE59428) {
            if (hx < 0) { x = -x; y = -y; }
            double z = PIO4 - x, w = PIO4LO - y;
            x = z + w;
            y = 0.0;
        }
        double z = x * x, w = z * z;
        double r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
        double v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
        double s = z * x;
        r = y + z * (s * (r + v) + y);
        r += T[0] * s;
        w = x + r;
        if (ix >= 0x3FE59428) {
            v = iy;
            return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
        }
        if (iy == 1) return w;
        z = withLo(w, 0);
        v = r - (z - x);
        double a = -1.0 / w;
        double t = withLo(a, 0);
        s = 1.0 + t * z;
        return t + a * (s + t * v);
    }

    private static final double INVPIO2 = 6.36619772367581382433e-01, PIO2_1 = 1.57079632673412561417e+00,
            PIO2_1T = 6.07710050650619224932e-11, PIO2_2 = 6.07710050630396597660e-11, PIO2_2T = 2.02226624879595063154e-21,
            PIO2_3 = 2.02226624871116645580e-21, PIO2_3T = 8.47842766036889956997e-32, TWO24 = 16777216.0,
            TWON24 = 5.96046447753906250000e-08;

    /** High words of n*pi/2 for n = 1..32: arguments this close to a multiple need the careful path. */
    private static final int[] NPIO2_HW = new int[32];

    static {
        for (int n = 1; n <= 32; n++) NPIO2_HW[n - 1] = hi(n * (Math.PI / 2));
    }

    /** Reduces x to y[0] + y[1] in [-pi/4, pi/4]; returns n with x = n*pi/2 + y (mod 8 for huge x). */
    static int remPio2(double x, double[] y) {
        int hx = hi(x), ix = hx & 0x7fffffff;
        if (ix <= 0x3fe921fb) { y[0] = x; y[1] = 0; return 0; }
        if (ix < 0x4002d97c) {
            double z;
            if (hx > 0) {
                z = x - PIO2_1;
                if (ix != 0x3ff921fb) { y[0] = z - PIO2_1T; y[1] = (z - y[0]) - PIO2_1T; }
                else { z -= PIO2_2; y[0] = z - PIO2_2T; y[1] = (z - y[0]) - PIO2_2T; }
                return 1;
            }
            z = x + PIO2_1;
            if (ix != 0x3ff921fb) { y[0] = z + PIO2_1T; y[1] = (z - y[0]) + PIO2_1T; }
            else { z += PIO2_2; y[0] = z + PIO2_2T; y[1] = (z - y[0]) + PIO2_2T; }
            return -1;
        }
        if (ix <= 0x413921fb) {
            double t = Math.abs(x);
            int n = (int) (t * INVPIO2 + 0.5);
            double fn = n;
            double r = t - fn * PIO2_1;
            double w = fn * PIO2_1T;
            if (n < 32 && ix != NPIO2_HW[n - 1]) {
                y[0] = r - w;
            } else {
                int j = ix >> 20;
                y[0] = r - w;
                int i = j - ((hi(y[0]) >> 20) & 0x7ff);
                if (i > 16) {
                    t = r;
                    w = fn * PIO2_2;
                    r = t - w;
                    w = fn * PIO2_2T - ((t - r) - w);
                    y[0] = r - w;
                    i = j - ((hi(y[0]) >> 20) & 0x7ff);
                    if (i > 49) {
                        t = r;
                        w = fn * PIO2_3;
                        r = t - w;
                        w = fn * PIO2_3T - ((t - r) - w);
                        y[0] = r - w;
                    }
                }
            }
            y[1] = (r - y[0]) - w;
            if (hx < 0) { y[0] = -y[0]; y[1] = -y[1]; return -n; }
            return n;
        }
        if (ix >= 0x7ff00000) { y[0] = y[1] = x - x; return 0; }
        // Huge |x|: split |x| * 2^-e0 into three 24-bit pieces and reduce with the bits of 2/pi.
        int e0 = (ix >> 20) - 1046;
        double z = Double.longBitsToDouble(((long) (ix - (e0 << 20)) << 32) | (lo(x) & 0xFFFFFFFFL));
        double[] tx = new double[3];
        for (int i = 0; i < 2; i++) {
            tx[i] = (int) z;
            z = (z - tx[i]) * TWO24;
        }
        tx[2] = z;
        int nx = 3;
        while (tx[nx - 1] == 0.0) nx--;
        int n = kernelRemPio2(tx, y, e0, nx);
        if (hx < 0) { y[0] = -y[0]; y[1] = -y[1]; return -n; }
        return n;
    }

    /** 2/pi in 24-bit chunks (1584 bits), computed by Machin's formula. */
    private static final int[] IPIO2 = {0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163,
            0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5, 0x2EBB44,
            0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11,
            0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292,
            0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E, 0xE61B08, 0x659985,
            0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B};

    /** pi/2 as a sum of doubles with 24 significant bits each. */
    private static final double[] PIO2 = {1.570796251296997, 7.549789415861596e-08, 5.390302529957765e-15, 3.282003415807913e-22,
            1.270655753080676e-29, 1.2293330898111133e-36, 2.7337005381646456e-44, 2.1674168387780482e-51};

    /**
     * Payne-Hanek style reduction of x = sum tx[i] * 2^(e0 - 24i) for double precision (fdlibm's
     * __kernel_rem_pio2 with prec = 2): multiplies by just enough 24-bit chunks of 2/pi, takes
     * the integer part mod 8 and returns the fraction times pi/2 as y[0] + y[1].
     */
    private static int kernelRemPio2(double[] x, double[] y, int e0, int nx) {
        final int jk = 4, jp = jk;
        int[] iq = new int[20];
        double[] f = new double[20], fq = new double[20], q = new double[20];
        int jx = nx - 1;
        int jv = (e0 - 3) / 24;
        if (jv < 0) jv = 0;
        int q0 = e0 - 24 * (jv + 1);
        int j = jv - jx, m = jx + jk;
        for (int i = 0; i <= m; i++, j++) f[i] = j < 0 ? 0.0 : (double) IPIO2[j];
        for (int i = 0; i <= jk; i++) {
            double fw = 0.0;
            for (j = 0; j <= jx; j++) fw += x[j] * f[jx + i - j];
            q[i] = fw;
        }
        int jz = jk;
        int n, ih;
        double z;
        while (true) {
            int i;
            z = q[jz];
            for (i = 0, j = jz; j > 0; i++, j--) {
                double fw = (int) (TWON24 * z);
                iq[i] = (int) (z - TWO24 * fw);
                z = q[j - 1] + fw;
            }
            z = scalbn(z, q0);
            z -= 8.0 * Math.floor(z * 0.125);
            n = (int) z;
            z -= n;
            ih = 0;
            if (q0 > 0) {
                i = iq[jz - 1] >> (24 - q0);
                n += i;
                iq[jz - 1] -= i << (24 - q0);
                ih = iq[jz - 1] >> (23 - q0);
            } else if (q0 == 0) {
                ih = iq[jz - 1] >> 23;
            } else if (z >= 0.5) {
                ih = 2;
            }
            if (ih > 0) {
                n += 1;
                int carry = 0;
                for (i = 0; i < jz; i++) {
                    j = iq[i];
                    if (carry == 0) {
                        if (j != 0) { carry = 1; iq[i] = 0x1000000 - j; }
                    } else {
                        iq[i] = 0xffffff - j;
                    }
                }
                if (q0 == 1) iq[jz - 1] &= 0x7fffff;
                else if (q0 == 2) iq[jz - 1] &= 0x3fffff;
                if (ih == 2) {
                    z = 1.0 - z;
                    if (carry != 0) z -= scalbn(1.0, q0);
                }
            }
            if (z == 0.0) {
                j = 0;
                for (i = jz - 1; i >= jk; i--) j |= iq[i];
                if (j == 0) { // all remaining bits cancelled: take more chunks of 2/pi
                    int k;
                    for (k = 1; iq[jk - k] == 0; k++) { }
                    for (i = jz + 1; i <= jz + k; i++) {
                        f[jx + i] = IPIO2[jv + i];
                        double fw = 0.0;
                        for (j = 0; j <= jx; j++) fw += x[j] * f[jx + i - j];
                        q[i] = fw;
                    }
                    jz += k;
                    continue;
                }
            }
            break;
        }
        if (z == 0.0) {
            jz -= 1;
            q0 -= 24;
            while (iq[jz] == 0) { jz--; q0 -= 24; }
        } else {
            z = scalbn(z, -q0);
            if (z >= TWO24) {
                double fw = (int) (TWON24 * z);
                iq[jz] = (int) (z - TWO24 * fw);
                jz += 1;
                q0 += 24;
                iq[jz] = (int) fw;
            } else {
                iq[jz] = (int) z;
            }
        }
        double fw = scalbn(1.0, q0);
        for (int i = jz; i >= 0; i--) {
            q[i] = fw * iq[i];
            fw *= TWON24;
        }
        for (int i = jz; i >= 0; i--) {
            fw = 0.0;
            for (int k = 0; k <= jp && k <= jz - i; k++) fw += PIO2[k] * q[i + k];
            fq[jz - i] = fw;
        }
        fw = 0.0;
        for (int i = jz; i >= 0; i--) fw += fq[i];
        y[0] = ih == 0 ? fw : -fw;
        fw = fq[0] - fw;
        for (int i = 1; i <= jz; i++) fw += fq[i];
        y[1] = ih == 0 ? fw : -fw;
        return n & 7;
    }

    static double sin(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) return kernelSin(x, 0.0, 0);
        if (ix >= 0x7ff00000) return x - x;
        double[] y = new double[2];
        int n = remPio2(x, y);
        switch (n & 3) {
            case 0: return kernelSin(y[0], y[1], 1);
            case 1: return kernelCos(y[0], y[1]);
            case 2: return -kernelSin(y[0], y[1], 1);
            default: return -kernelCos(y[0], y[1]);
        }
    }

    static double cos(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) return kernelCos(x, 0.0);
        if (ix >= 0x7ff00000) return x - x;
        double[] y = new double[2];
        int n = remPio2(x, y);
        switch (n & 3) {
            case 0: return kernelCos(y[0], y[1]);
            case 1: return -kernelSin(y[0], y[1], 1);
            case 2: return -kernelCos(y[0], y[1]);
            default: return kernelSin(y[0], y[1], 1);
        }
    }

    static double tan(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) return kernelTan(x, 0.0, 1);
        if (ix >= 0x7ff00000) return x - x;
        double[] y = new double[2];
        int n = remPio2(x, y);
        return kernelTan(y[0], y[1], 1 - ((n & 1) << 1));
    }
}
