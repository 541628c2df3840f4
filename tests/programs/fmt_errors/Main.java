import java.util.*;

// Malformed format strings and bad arguments: the exception class and message HotSpot gives for
// each, which fault wins when there are several, and the exception getters.
public class Main {
    static void t(String f, Object... a) {
        try {
            System.out.println(f + " -> [" + String.format(f, a) + "]");
        } catch (IllegalFormatException e) {
            System.out.println(f + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] bad = {"%", "abc%", "%q", "%-", "%5", "%.d", "%.5", "%1.2", "%1$", "%-q", "%5q", "%.5q", "%1$q", "%-5tq",
            "%5t", "%<q", "%,", "%0", "%05", "%00d", "%0d", "%-0", "%1$5$d", "%--q", "%0$q", "%99999999999q",
            "%.99999999999q", "%0$--d", "%--99999999999d", "%99999999999.99999999999d", "%0$99999999999d", "%Tq",
            "%t%", "%T", "%q %0$s", "%0$s %q", "%s %q", "%d%", "%D", "%F", "%O", "%i", "%u", "%l", "%1$-d", "%<-d",
            "%-S", "%0$s", "%99999999999$s", "%99999999999s", "%.99999999999s", "%5.3%", "%05%", "%<%", "%<n",
            "%-05d", "%-#d", "%#-d", "%-+ d", "%#.2d", "%.2#d", "%+.2x", "%-+ 5d", "%-0d", "%+ 5X", "%-+ 5E",
            "%.2c", "%-0c", "%#c", "%,%", "%0n", "%5n", "%5.2n", "%.1n", "%-5n", "%#tY", "%.2tY", "%-tY", "%,tY",
            "%\u00e9", "%1$\u00e9", "% ", "%#", "%(", "%+", "%<", "%,5", "%0,(", "%+1$d", "%1$1$d", "%01$d"};
        for (String f : bad) {
            t(f, 1);
        }
        t("%s %s", 1);
        t("%3$s", 1, 2);
        t("%<s", 1);
        t("%1$s %<s %3$s", "a", "b");
        t("%2147483647$d", 1);
        t("%d", 1.0);
        t("%f", 1);
        t("%c", "a");
        t("%c", true);
        t("%c", -1);
        t("%c", 0x110000);
        t("%c", (byte) -1);
        t("%c", (short) -5);
        t("%tY", 1);
        t("%tY");
        t("%#s", "a");
        t("%#5s", "a");
        t("%-#s", "a");
        t("%#s", (Object) null);
        t("%+x", 1);
        t("%+(x", 1);
        t("% (o", 1L);
        t("%+x", (Object) null);
        t("%(X", 'c');
        t("%d ok %d", 1, "two");
        try {
            String.format("%q");
        } catch (UnknownFormatConversionException e) {
            System.out.println(e.getConversion());
        }
        try {
            String.format("%s %s", 1);
        } catch (MissingFormatArgumentException e) {
            System.out.println(e.getFormatSpecifier());
        }
        try {
            String.format("%-d", 1);
        } catch (MissingFormatWidthException e) {
            System.out.println(e.getFormatSpecifier());
        }
        try {
            String.format("%,x", 1);
        } catch (FormatFlagsConversionMismatchException e) {
            System.out.println(e.getFlags() + " " + e.getConversion());
        }
        try {
            String.format("%--d", 1);
        } catch (DuplicateFormatFlagsException e) {
            System.out.println(e.getFlags());
        }
        try {
            String.format("%-05d", 1);
        } catch (IllegalFormatFlagsException e) {
            System.out.println(e.getFlags());
        }
        try {
            String.format("%.2d", 1);
        } catch (IllegalFormatPrecisionException e) {
            System.out.println(e.getPrecision());
        }
        try {
            String.format("%5n", 1);
        } catch (IllegalFormatWidthException e) {
            System.out.println(e.getWidth());
        }
        try {
            String.format("%c", -2);
        } catch (IllegalFormatCodePointException e) {
            System.out.println(e.getCodePoint() + " " + e.getMessage());
        }
        System.out.println(new UnknownFormatConversionException("zz").getMessage());
        System.out.println(new IllegalFormatConversionException('k', String.class).getMessage());
        System.out.println(new UnknownFormatFlagsException("~").getMessage());
        System.out.println(new MissingFormatArgumentException("%7s"));
        System.out.println(new IllegalFormatCodePointException(0).getMessage());
        System.out.println(new FormatterClosedException().getMessage());
        IllegalArgumentException iae = new IllegalFormatPrecisionException(3);
        System.out.println(iae instanceof IllegalFormatException);
        try {
            String.format(null, 1);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        try {
            System.out.printf(null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        try {
            new UnknownFormatConversionException(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
    }
}
