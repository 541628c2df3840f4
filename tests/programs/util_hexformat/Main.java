import java.util.*;

public class Main {
    interface Call {
        Object call() throws Exception;
    }

    static void t(String l, Call c) {
        try {
            Object o = c.call();
            System.out.println(l + " = " + (o instanceof byte[] b ? Arrays.toString(b) : o));
        } catch (Exception e) {
            System.out.println(l + " ! " + e);
        }
    }

    public static void main(String[] args) {
        HexFormat h = HexFormat.of();
        HexFormat d = HexFormat.ofDelimiter(", ").withPrefix("#").withSuffix(";").withUpperCase();
        HexFormat c = HexFormat.ofDelimiter(":");
        HexFormat px = HexFormat.of().withPrefix("0x");
        HexFormat sx = HexFormat.of().withSuffix("h").withUpperCase();
        byte[] data = new byte[20];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 37 - 100);
        for (HexFormat f : new HexFormat[] {h, d, c, px, sx, h.withUpperCase(), d.withLowerCase(), c.withDelimiter("--")}) {
            String s = f.formatHex(data);
            System.out.println(f + " hash=" + f.hashCode() + " upper=" + f.isUpperCase() + " [" + f.delimiter() + "|" + f.prefix() + "|" + f.suffix() + "]");
            System.out.println("  " + s);
            System.out.println("  " + f.formatHex(data, 3, 7) + " / " + f.formatHex(new StringBuilder("<<"), data, 1, 3));
            System.out.println("  " + Arrays.equals(data, f.parseHex(s)) + " " + Arrays.toString(f.parseHex("xx" + f.formatHex(data, 0, 2) + "yy", 2, 2 + f.formatHex(data, 0, 2).length())));
            System.out.println("  " + f.toHexDigits((byte) -2) + " " + f.toHexDigits('\uABCD') + " " + f.toHexDigits((short) -3) + " " + f.toHexDigits(0xCAFEBABE)
                    + " " + f.toHexDigits(-2L) + " " + f.toHexDigits(0x123456789abL, 5) + " " + f.toHexDigits(7L, 0) + " " + f.toHexDigits(new StringBuilder("b:"), (byte) 0x7f)
                    + " " + f.toHighHexDigit(0xab) + f.toLowHexDigit(0xab) + f.toLowHexDigit(-1));
        }
        System.out.println(h.equals(HexFormat.of()) + " " + h.equals(h.withUpperCase()) + " " + h.withUpperCase().withLowerCase().equals(h)
                + " " + (h.withUpperCase().withLowerCase() == h) + " " + (HexFormat.of() == h) + " " + d.equals(null) + " " + d.equals("x"));
        t("parse odd", () -> h.parseHex("abc"));
        t("parse bad", () -> h.parseHex("abzz"));
        t("parse bad g", () -> h.parseHex("g0"));
        t("parse upper", () -> h.parseHex("ABcdEf09"));
        t("parse d", () -> d.parseHex("#AB;, #cd;"));
        t("parse d bad", () -> d.parseHex("#AB;,#cd;"));
        t("parse d bad2", () -> d.parseHex("#AB;, #cd"));
        t("parse d bad4", () -> d.parseHex("#ABC;"));
        t("parse d empty", () -> d.parseHex(""));
        t("parse d trailing", () -> d.parseHex("#AB;, "));
        t("lit1", () -> d.parseHex("#zz;,,#cd;"));
        t("lit2", () -> d.parseHex("$AB;, #cd;"));
        t("lit3", () -> d.parseHex("#AB;, #cz;"));
        t("lit4", () -> d.parseHex("#AB:, #cz;"));
        t("lit5", () -> d.parseHex("#AB;, $cz;"));
        t("lit6", () -> d.parseHex("#zB;, $cd;"));
        t("lit7", () -> d.parseHex("#AB:"));
        t("lit8", () -> d.parseHex("xx#AB:", 2, 6));
        t("lit9", () -> d.parseHex("xx#AB;, $AB;", 2, 12));
        t("lit10", () -> d.parseHex("xx#AB;, $AB;".toCharArray(), 2, 10));
        t("lit11", () -> HexFormat.ofDelimiter("::").parseHex("ab:;cd"));
        t("lit12", () -> sx.parseHex("abhcdx"));
        t("c1", () -> c.parseHex("ab:"));
        t("c2", () -> c.parseHex("ab:cd"));
        t("c3", () -> c.parseHex("a"));
        t("c4", () -> c.parseHex("ab:c"));
        t("px1", () -> px.parseHex("0xab0xcd"));
        t("px2", () -> px.parseHex("0xab0x"));
        t("px3", () -> px.parseHex("0xa"));
        t("range1", () -> h.parseHex("xx0102", 2, 6));
        t("range2", () -> h.parseHex("xx0102", 4, 2));
        t("range3", () -> h.parseHex("xx0102", 2, 9));
        t("chars1", () -> h.parseHex("xx0102".toCharArray(), 2, 4));
        t("chars2", () -> h.parseHex("xx0102".toCharArray(), 2, 5));
        t("chars3", () -> h.parseHex(new char[4], 3, 2));
        t("fmt range", () -> h.formatHex(new byte[3], 2, 5));
        t("fmt empty", () -> d.formatHex(new byte[0]));
        t("fromHexDigit g", () -> HexFormat.fromHexDigit('g'));
        t("fromHexDigit big", () -> HexFormat.fromHexDigit(0x10041));
        t("fromHexDigits 9", () -> HexFormat.fromHexDigits("123456789"));
        t("fromHexDigits empty", () -> HexFormat.fromHexDigits(""));
        t("fromHexDigits x", () -> HexFormat.fromHexDigits("12x"));
        t("fromHexDigits ok", () -> HexFormat.fromHexDigits("CAFEbabe"));
        t("fromHexDigits range", () -> HexFormat.fromHexDigits("zzab12", 2, 6));
        t("fromHexDigits range2", () -> HexFormat.fromHexDigits("ab12", 1, 5));
        t("fromHexDigits range3", () -> HexFormat.fromHexDigits("123456789a", 0, 10));
        t("fromHexDigitsL 17", () -> HexFormat.fromHexDigitsToLong("12345678901234567"));
        t("fromHexDigitsL ff", () -> HexFormat.fromHexDigitsToLong("ffffffffffffffff"));
        t("fromHexDigitsL range", () -> HexFormat.fromHexDigitsToLong("--7fffffffffffffff--", 2, 18));
        t("toHexDigits 17", () -> h.toHexDigits(255L, 17));
        t("toHexDigits -1", () -> h.toHexDigits(255L, -1));
        t("delim null", () -> HexFormat.ofDelimiter(null));
        t("prefix null", () -> h.withPrefix(null));
        Appendable bad = new Appendable() {
            public Appendable append(CharSequence c) throws java.io.IOException { throw new java.io.IOException("nope"); }
            public Appendable append(CharSequence c, int s, int e) throws java.io.IOException { throw new java.io.IOException("nope2"); }
            public Appendable append(char c) throws java.io.IOException { throw new java.io.IOException("nope3"); }
        };
        t("bad1", () -> h.formatHex(bad, new byte[] {1, 2}));
        t("bad2", () -> h.toHexDigits(bad, (byte) 1));
        t("bad3", () -> h.formatHex(bad, new byte[0]) == bad);
        StringBuilder calls = new StringBuilder();
        Appendable rec = new Appendable() {
            public Appendable append(CharSequence c) { calls.append("[" + c + "]"); return this; }
            public Appendable append(CharSequence c, int s, int e) { calls.append("{" + c + s + e + "}"); return this; }
            public Appendable append(char c) { calls.append("<" + c + ">"); return this; }
        };
        HexFormat.ofDelimiter(":").withPrefix("p").formatHex(rec, new byte[] {1, 2, 3});
        HexFormat.of().withSuffix("s").formatHex(rec, new byte[] {1, 2, 3}, 1, 3);
        HexFormat.of().toHexDigits(rec, (byte) 0xab);
        HexFormat.of().formatHex(rec, new byte[] {1, 2, 3, 4}, 1, 1);
        calls.append("|");
        HexFormat.of().withPrefix("x").formatHex(rec, new byte[0]);
        calls.append("|");
        HexFormat.of().formatHex(rec, new byte[] {1});
        calls.append("|");
        HexFormat.of().withUpperCase().formatHex(rec, new byte[] {-1, 2, 3});
        calls.append("|");
        HexFormat.ofDelimiter("-").withUpperCase().formatHex(rec, new byte[] {-1, 2, 3, 4}, 1, 3);
        calls.append("|");
        HexFormat.ofDelimiter(":").withPrefix("p").withSuffix("s").formatHex(rec, new byte[] {1, 2, 3, 4}, 0, 2);
        System.out.println(calls);
        StringBuilder sb = new StringBuilder();
        for (int ch = 0; ch < 128; ch++) if (HexFormat.isHexDigit(ch)) sb.append((char) ch).append(HexFormat.fromHexDigit(ch));
        System.out.println(sb + " " + HexFormat.isHexDigit(0xff10) + " " + HexFormat.isHexDigit(-1));
    }
}
