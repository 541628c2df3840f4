package kiln.tests.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** White-box checks of kiln.rt.FpPow10: the integer logarithms and every table entry, exactly. */
class FpTablesTest {
    private static final MathContext MC = new MathContext(60);
    private static final BigDecimal LOG10_2 = new BigDecimal("0.301029995663981195213738894724493026768189881462108541310427");

    @Test
    void integerLogarithms() throws ReflectiveOperationException {
        Method f10p2 = FpImpl.method("kiln.rt.FpPow10", "flog10pow2", int.class);
        Method f10tq = FpImpl.method("kiln.rt.FpPow10", "flog10threeQuartersPow2", int.class);
        Method f2p10 = FpImpl.method("kiln.rt.FpPow10", "flog2pow10", int.class);
        BigDecimal log10tq = new BigDecimal("-0.124938736608299953132449886193870744336250898733521217790989");
        BigDecimal log2of10 = BigDecimal.ONE.divide(LOG10_2, MC);
        for (int q = -2000; q <= 2000; q++) {
            BigDecimal x = LOG10_2.multiply(BigDecimal.valueOf(q));
            assertEquals(floor(x), f10p2.invoke(null, q), "flog10pow2 " + q);
            assertEquals(floor(x.add(log10tq)), f10tq.invoke(null, q), "flog10threeQuartersPow2 " + q);
        }
        for (int p = -400; p <= 400; p++) {
            assertEquals(floor(log2of10.multiply(BigDecimal.valueOf(p))), f2p10.invoke(null, p), "flog2pow10 " + p);
        }
    }

    private static int floor(BigDecimal x) {
        return x.setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    @Test
    void powersOfTen() throws ReflectiveOperationException {
        Class<?> c = FpImpl.cls("kiln.rt.FpPow10");
        Field gf = c.getDeclaredField("G");
        gf.setAccessible(true);
        long[] g = (long[]) gf.get(null);
        int pMin = (int) field(c, "P_MIN");
        int pMax = (int) field(c, "P_MAX");
        Method f2p10 = FpImpl.method("kiln.rt.FpPow10", "flog2pow10", int.class);
        for (int p = pMin; p <= pMax; p++) {
            // g(p) = floor(10^p * 2^-r) + 1, r = flog2pow10(p) - 125
            int r = (int) f2p10.invoke(null, p) - 125;
            BigInteger num = BigInteger.TEN.pow(Math.max(p, 0)).shiftLeft(Math.max(-r, 0));
            BigInteger den = BigInteger.TEN.pow(Math.max(-p, 0)).shiftLeft(Math.max(r, 0));
            BigInteger expected = num.divide(den).add(BigInteger.ONE);
            assertEquals(125, expected.bitLength() - 1, "magnitude of g(" + p + ")");
            BigInteger actual = BigInteger.valueOf(g[2 * (p - pMin)]).shiftLeft(63)
                    .add(BigInteger.valueOf(g[2 * (p - pMin) + 1]));
            assertEquals(expected, actual, "g(" + p + ")");
        }
    }

    private static Object field(Class<?> c, String name) throws ReflectiveOperationException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(null);
    }
}
