package java.util.regex;

/**
 * The text being matched and the region bounds, with code point access and the zero-width
 * assertions. Bounds are opaque and anchoring (the JDK defaults): nothing outside [from, to) is
 * visible, and ^ \A $ \z \Z match at the region edges.
 */
final class Input {
    final CharSequence text;
    final int from;
    final int to;
    /** End of the previous match, for \G. */
    final int lastMatch;

    Input(CharSequence text, int from, int to, int lastMatch) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.lastMatch = lastMatch;
    }

    /** The code point at i (i < to); a surrogate pair split by the region end reads as one char. */
    int codePointAt(int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < to) {
            char d = text.charAt(i + 1);
            if (Character.isLowSurrogate(d)) return Character.toCodePoint(c, d);
        }
        return c;
    }

    int codePointBefore(int i) {
        char c = text.charAt(i - 1);
        if (Character.isLowSurrogate(c) && i - 2 >= from) {
            char h = text.charAt(i - 2);
            if (Character.isHighSurrogate(h)) return Character.toCodePoint(h, c);
        }
        return c;
    }

    private boolean isTerminator(char c, boolean unix) {
        return unix ? c == '\n' : CharPreds.isLineTerminator(c);
    }

    boolean check(int kind, int pos) {
        switch (kind) {
            case Prog.A_BEGIN:
                return pos == from;
            case Prog.A_BOL:
            case Prog.A_BOL_UNIX: {
                boolean unix = kind == Prog.A_BOL_UNIX;
                if (pos >= to) return false; // never at the end of input, even after a terminator
                if (pos == from) return true;
                char prev = text.charAt(pos - 1);
                if (!isTerminator(prev, unix)) return false;
                return !(prev == '\r' && text.charAt(pos) == '\n');
            }
            case Prog.A_DOLLAR:
            case Prog.A_DOLLAR_UNIX: {
                boolean unix = kind == Prog.A_DOLLAR_UNIX;
                if (pos == to) return true;
                if (!unix && pos == to - 2) return text.charAt(pos) == '\r' && text.charAt(pos + 1) == '\n';
                if (pos != to - 1) return false;
                char c = text.charAt(pos);
                if (!isTerminator(c, unix)) return false;
                return unix || !(c == '\n' && pos > from && text.charAt(pos - 1) == '\r');
            }
            case Prog.A_EOL:
            case Prog.A_EOL_UNIX: {
                boolean unix = kind == Prog.A_EOL_UNIX;
                if (pos == to) return true;
                char c = text.charAt(pos);
                if (!isTerminator(c, unix)) return false;
                return unix || !(c == '\n' && pos > from && text.charAt(pos - 1) == '\r');
            }
            case Prog.A_END:
                return pos == to;
            case Prog.A_WORDB:
            case Prog.A_NWORDB: {
                boolean before = pos > from && CharPreds.isWord(codePointBefore(pos));
                boolean after = pos < to && CharPreds.isWord(codePointAt(pos));
                return (before != after) == (kind == Prog.A_WORDB);
            }
            case Prog.A_LASTMATCH:
                return pos == lastMatch;
            default:
                throw new IllegalStateException("bad assertion " + kind);
        }
    }
}
