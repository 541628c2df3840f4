package java.nio.charset;

/** The standard charsets that Kiln supports (UTF-16 variants are not provided). */
public final class StandardCharsets {
    private StandardCharsets() {}

    public static final Charset US_ASCII = BuiltinCharset.US_ASCII;
    public static final Charset ISO_8859_1 = BuiltinCharset.ISO_8859_1;
    public static final Charset UTF_8 = BuiltinCharset.UTF_8;
}
