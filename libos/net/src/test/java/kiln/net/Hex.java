package kiln.net;

import java.util.HexFormat;

/** Golden bytes written as spaced hex in tests. */
public final class Hex {
    private Hex() {
    }

    public static byte[] bytes(String spaced) {
        return HexFormat.of().parseHex(spaced.replaceAll("\\s+", ""));
    }

    public static String string(byte[] d, int off, int len) {
        return HexFormat.ofDelimiter(" ").formatHex(d, off, off + len);
    }
}
