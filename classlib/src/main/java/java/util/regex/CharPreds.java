package java.util.regex;

import java.util.function.IntPredicate;

/**
 * Character predicates for classes: the predefined classes (\d \s \w \h \v), the POSIX names, the
 * java.lang.Character names and the Unicode categories and binary properties, as the JDK 25 Pattern
 * javadoc defines them (and UTS #18 for the binary properties). Unicode scripts and blocks are not
 * available (java.lang.Character has no UnicodeScript/UnicodeBlock here): using them is an
 * UnsupportedOperationException at compile time, never a silent mismatch.
 */
final class CharPreds {
    private CharPreds() {}

    static IntPredicate range(int lo, int hi) {
        return c -> c >= lo && c <= hi;
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    static boolean isWord(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9');
    }

    static boolean isHSpace(int c) {
        return c == ' ' || c == '\t' || c == 0xA0 || c == 0x1680 || c == 0x180e || (c >= 0x2000 && c <= 0x200a)
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    static boolean isVSpace(int c) {
        return (c >= '\n' && c <= '\r') || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static boolean isLineTerminator(int c) {
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static boolean isPunct(int c) {
        return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
    }

    private static IntPredicate types(int mask) {
        return c -> ((mask >> Character.getType(c)) & 1) != 0;
    }

    private static int bit(int type) {
        return 1 << type;
    }

    /**
     * The predicate for \p{name}; null when the name is unknown (the parser reports it).
     * caseInsensitive widens the case-specific classes the way the JDK does under CASE_INSENSITIVE.
     */
    static IntPredicate property(String name, boolean caseInsensitive) {
        IntPredicate p = posix(name, caseInsensitive);
        if (p != null) return p;
        if (name.startsWith("Is")) {
            String n = name.substring(2);
            p = category(n, caseInsensitive);
            if (p != null) return p;
            p = binary(n.toUpperCase().replace(" ", "").replace("_", "").replace("-", ""), caseInsensitive);
            if (p != null) return p;
            throw new UnsupportedOperationException("Unicode script property \\p{" + name + "} is not supported by Kiln's java.util.regex");
        }
        if (name.startsWith("In") || name.startsWith("blk=") || name.startsWith("block=")
                || name.startsWith("sc=") || name.startsWith("script=")) {
            throw new UnsupportedOperationException("Unicode block/script property \\p{" + name + "} is not supported by Kiln's java.util.regex");
        }
        int eq = name.indexOf('=');
        if (eq > 0) {
            String key = name.substring(0, eq);
            if (key.equals("gc") || key.equals("general_category")) return category(name.substring(eq + 1), caseInsensitive);
            return null;
        }
        p = category(name, caseInsensitive);
        if (p != null) return p;
        return javaProperty(name);
    }

    private static IntPredicate posix(String name, boolean ci) {
        return switch (name) {
            case "Lower" -> ci ? c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : range('a', 'z');
            case "Upper" -> ci ? c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : range('A', 'Z');
            case "ASCII" -> range(0, 0x7f);
            case "Alpha" -> c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            case "Digit" -> range('0', '9');
            case "Alnum" -> c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c);
            case "Punct" -> CharPreds::isPunct;
            case "Graph" -> c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || isPunct(c);
            case "Print" -> c -> (c >= 0x20 && c <= 0x7e);
            case "Blank" -> c -> c == ' ' || c == '\t';
            case "Cntrl" -> c -> c < 0x20 || c == 0x7f;
            case "XDigit" -> c -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case "Space" -> CharPreds::isSpace;
            default -> null;
        };
    }

    private static IntPredicate javaProperty(String name) {
        return switch (name) {
            case "javaLowerCase" -> Character::isLowerCase;
            case "javaUpperCase" -> Character::isUpperCase;
            case "javaTitleCase" -> Character::isTitleCase;
            case "javaDigit" -> Character::isDigit;
            case "javaDefined" -> Character::isDefined;
            case "javaLetter" -> Character::isLetter;
            case "javaLetterOrDigit" -> Character::isLetterOrDigit;
            case "javaJavaIdentifierStart" -> Character::isJavaIdentifierStart;
            case "javaJavaIdentifierPart" -> Character::isJavaIdentifierPart;
            case "javaUnicodeIdentifierStart" -> Character::isUnicodeIdentifierStart;
            case "javaUnicodeIdentifierPart" -> Character::isUnicodeIdentifierPart;
            case "javaIdentifierIgnorable" -> Character::isIdentifierIgnorable;
            case "javaSpaceChar" -> Character::isSpaceChar;
            case "javaWhitespace" -> Character::isWhitespace;
            case "javaISOControl" -> Character::isISOControl;
            case "javaMirrored" -> Character::isMirrored;
            case "javaAlphabetic" -> Character::isAlphabetic;
            case "javaIdeographic" -> Character::isIdeographic;
            default -> null;
        };
    }

    /** General categories by one- or two-letter name (L, Lu, LC, ...). */
    private static IntPredicate category(String n, boolean ci) {
        int m = switch (n) {
            case "Cn" -> bit(Character.UNASSIGNED);
            case "Lu" -> bit(Character.UPPERCASE_LETTER);
            case "Ll" -> bit(Character.LOWERCASE_LETTER);
            case "Lt" -> bit(Character.TITLECASE_LETTER);
            case "Lm" -> bit(Character.MODIFIER_LETTER);
            case "Lo" -> bit(Character.OTHER_LETTER);
            case "Mn" -> bit(Character.NON_SPACING_MARK);
            case "Me" -> bit(Character.ENCLOSING_MARK);
            case "Mc" -> bit(Character.COMBINING_SPACING_MARK);
            case "Nd" -> bit(Character.DECIMAL_DIGIT_NUMBER);
            case "Nl" -> bit(Character.LETTER_NUMBER);
            case "No" -> bit(Character.OTHER_NUMBER);
            case "Zs" -> bit(Character.SPACE_SEPARATOR);
            case "Zl" -> bit(Character.LINE_SEPARATOR);
            case "Zp" -> bit(Character.PARAGRAPH_SEPARATOR);
            case "Cc" -> bit(Character.CONTROL);
            case "Cf" -> bit(Character.FORMAT);
            case "Co" -> bit(Character.PRIVATE_USE);
            case "Cs" -> bit(Character.SURROGATE);
            case "Pd" -> bit(Character.DASH_PUNCTUATION);
            case "Ps" -> bit(Character.START_PUNCTUATION);
            case "Pe" -> bit(Character.END_PUNCTUATION);
            case "Pc" -> bit(Character.CONNECTOR_PUNCTUATION);
            case "Po" -> bit(Character.OTHER_PUNCTUATION);
            case "Sm" -> bit(Character.MATH_SYMBOL);
            case "Sc" -> bit(Character.CURRENCY_SYMBOL);
            case "Sk" -> bit(Character.MODIFIER_SYMBOL);
            case "So" -> bit(28); // OTHER_SYMBOL
            case "Pi" -> bit(Character.INITIAL_QUOTE_PUNCTUATION);
            case "Pf" -> bit(Character.FINAL_QUOTE_PUNCTUATION);
            case "L" -> bit(1) | bit(2) | bit(3) | bit(4) | bit(5);
            case "M" -> bit(6) | bit(7) | bit(8);
            case "N" -> bit(9) | bit(10) | bit(11);
            case "Z" -> bit(12) | bit(13) | bit(14);
            case "C" -> bit(0) | bit(15) | bit(16) | bit(18) | bit(19);
            case "P" -> bit(20) | bit(21) | bit(22) | bit(23) | bit(24) | bit(29) | bit(30);
            case "S" -> bit(25) | bit(26) | bit(27) | bit(28);
            case "LC" -> bit(1) | bit(2) | bit(3);
            case "LD" -> bit(1) | bit(2) | bit(3) | bit(4) | bit(5) | bit(9);
            case "L1" -> -1;
            case "all" -> -2;
            default -> 0;
        };
        if (m == 0) return null;
        if (m == -1) return range(0, 0xff);
        if (m == -2) return c -> true;
        if (ci && (n.equals("Lu") || n.equals("Ll") || n.equals("Lt"))) {
            m = bit(1) | bit(2) | bit(3);
        }
        return types(m);
    }

    /** Binary properties (names upper-cased, without '_', ' ' and '-'). */
    private static IntPredicate binary(String n, boolean ci) {
        return switch (n) {
            case "ALPHABETIC" -> Character::isAlphabetic;
            case "IDEOGRAPHIC" -> Character::isIdeographic;
            case "LETTER" -> Character::isLetter;
            case "LOWERCASE" -> ci ? c -> Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c) : Character::isLowerCase;
            case "UPPERCASE" -> ci ? c -> Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c) : Character::isUpperCase;
            case "TITLECASE" -> ci ? c -> Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c) : Character::isTitleCase;
            case "WHITESPACE" -> c -> ((((1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
                    | (1 << Character.PARAGRAPH_SEPARATOR)) >> Character.getType(c)) & 1) != 0
                    || (c >= 0x9 && c <= 0xd) || c == 0x85;
            case "CONTROL" -> c -> Character.getType(c) == Character.CONTROL;
            case "PUNCTUATION" -> types(bit(20) | bit(21) | bit(22) | bit(23) | bit(24) | bit(29) | bit(30));
            case "HEXDIGIT" -> c -> Character.isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
                    || (c >= 0xff21 && c <= 0xff26) || (c >= 0xff41 && c <= 0xff46);
            case "JOINCONTROL" -> c -> c == 0x200c || c == 0x200d;
            case "NONCHARACTERCODEPOINT" -> c -> (c & 0xfffe) == 0xfffe || (c >= 0xfdd0 && c <= 0xfdef);
            case "ASSIGNED" -> c -> Character.getType(c) != Character.UNASSIGNED;
            case "DIGIT" -> Character::isDigit;
            case "EMOJI" -> Character::isEmoji;
            case "EMOJIPRESENTATION" -> Character::isEmojiPresentation;
            case "EMOJIMODIFIER" -> Character::isEmojiModifier;
            case "EMOJIMODIFIERBASE" -> Character::isEmojiModifierBase;
            case "EMOJICOMPONENT" -> Character::isEmojiComponent;
            case "EXTENDEDPICTOGRAPHIC" -> Character::isExtendedPictographic;
            default -> null;
        };
    }
}
