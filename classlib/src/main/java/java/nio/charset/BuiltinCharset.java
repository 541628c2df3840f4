package java.nio.charset;

/** The three charsets of a Kiln image, with the JDK's aliases. */
final class BuiltinCharset extends Charset {
    static final Charset UTF_8 = new BuiltinCharset("UTF-8", new String[] {"UTF8", "unicode-1-1-utf-8"});
    static final Charset ISO_8859_1 = new BuiltinCharset("ISO-8859-1", new String[] {
        "iso-ir-100", "ISO_8859-1", "latin1", "l1", "IBM819", "cp819", "csISOLatin1", "819", "IBM-819",
        "ISO8859_1", "ISO_8859-1:1987", "ISO_8859_1", "8859_1", "ISO8859-1"});
    static final Charset US_ASCII = new BuiltinCharset("US-ASCII", new String[] {
        "iso-ir-6", "ANSI_X3.4-1986", "ISO_646.irv:1991", "ASCII", "iso_646.irv:1983", "ANSI_X3.4-1968",
        "ISO646-US", "default", "cp367", "csASCII", "646", "us", "IBM367", "ascii7"});

    private BuiltinCharset(String name, String[] aliases) {
        super(name, aliases);
    }
}
