import java.util.*;

/** Character classification over many code points, case mapping, digits, surrogates and code point APIs. */
public class Main {
    public static void main(String[] args) {
        int[] sample = {'a', 'Z', '5', ' ', '\t', '\n', '_', '$', '-', '€', 'é', 'ß', 'İ', 'ı', 'ǅ', 'Ω', 'ж', '٣', '७',
            '中', '\u00A0', '\u2003', '\u200B', 0x1F600, 0x10400, 0x1D7D9, 0xFF21, '\uFF10', 0};
        for (int cp : sample) {
            System.out.printf("U+%04X type=%2d L=%b D=%b LoD=%b A=%b W=%b SW=%b U=%b Lo=%b T=%b JS=%b JP=%b ISO=%b%n",
                    cp, Character.getType(cp), Character.isLetter(cp), Character.isDigit(cp), Character.isLetterOrDigit(cp),
                    Character.isAlphabetic(cp), Character.isWhitespace(cp), Character.isSpaceChar(cp),
                    Character.isUpperCase(cp), Character.isLowerCase(cp), Character.isTitleCase(cp),
                    Character.isJavaIdentifierStart(cp), Character.isJavaIdentifierPart(cp), Character.isISOControl(cp));
            System.out.printf("  up=%X low=%X title=%X num=%d digit10=%d name-len=%d bmp=%b%n", Character.toUpperCase(cp),
                    Character.toLowerCase(cp), Character.toTitleCase(cp), Character.getNumericValue(cp),
                    Character.digit(cp, 10), Character.charCount(cp), Character.isBmpCodePoint(cp));
        }
        int[] typeCounts = new int[32];
        int letters = 0, digits = 0, spaces = 0, upper = 0, ident = 0;
        for (int cp = 0; cp <= 0x2FFFF; cp++) {
            typeCounts[Character.getType(cp)]++;
            if (Character.isLetter(cp)) letters++;
            if (Character.isDigit(cp)) digits++;
            if (Character.isWhitespace(cp)) spaces++;
            if (Character.isUpperCase(cp)) upper++;
            if (Character.isUnicodeIdentifierPart(cp)) ident++;
        }
        System.out.println("types " + Arrays.toString(typeCounts));
        System.out.println("letters=" + letters + " digits=" + digits + " ws=" + spaces + " upper=" + upper + " ident=" + ident);
        long caseSum = 0;
        for (int cp = 0; cp < 0x10000; cp++) caseSum += Character.toUpperCase(cp) * 3L + Character.toLowerCase(cp);
        System.out.println("case checksum " + caseSum);
        for (int r : new int[] {2, 8, 10, 16, 36}) {
            StringBuilder sb = new StringBuilder();
            for (int d = 0; d < r; d += Math.max(1, r / 6)) sb.append(Character.forDigit(d, r));
            System.out.println("radix " + r + ": " + sb + " digit('z')=" + Character.digit('z', r) + " digit('F')=" + Character.digit('F', r));
        }
        String s = "a😀b\uD801\uDC00c\uD800x";
        System.out.println(s.length() + " " + s.codePointCount(0, s.length()) + " " + s.codePoints().count());
        for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
            int cp = s.codePointAt(i);
            System.out.print(Integer.toHexString(cp) + (Character.isSupplementaryCodePoint(cp) ? "* " : " "));
        }
        System.out.println();
        char[] pair = Character.toChars(0x1F680);
        System.out.println(pair.length + " " + Character.isHighSurrogate(pair[0]) + " " + Character.isLowSurrogate(pair[1]) + " "
                + Integer.toHexString(Character.toCodePoint(pair[0], pair[1])) + " " + Character.isSurrogatePair(pair[0], pair[1])
                + " " + Integer.toHexString(s.codePointBefore(3)) + " " + Character.highSurrogate(0x10400) + Character.lowSurrogate(0x10400));
        System.out.println(Character.isValidCodePoint(0x110000) + " " + Character.valueOf('x').compareTo('a') + " "
                + Character.reverseBytes('\u1234') + " " + (int) Character.MAX_VALUE + " " + Character.MAX_CODE_POINT + " "
                + Character.toString(0x1F600));
    }
}
