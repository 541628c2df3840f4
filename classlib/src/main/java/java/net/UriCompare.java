package java.net;

/**
 * Component comparisons and hashes for java.net.URI. Escaped octets ("%2f" and "%2F") are the same
 * octet, so their hex digits compare and hash without regard to case; schemes and hosts compare
 * without regard to US-ASCII case. Results (including the values compareTo returns) are the JDK's.
 */
final class UriCompare {
    private UriCompare() {
    }

    private static int lower(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static int upper(char c) {
        return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
    }

    static boolean equal(String s, String t) {
        return percentCompare(s, t, true) == 0;
    }

    static int compare(String s, String t) {
        return percentCompare(s, t, false);
    }

    /**
     * Compares two components char by char, except that after a '%' in both the two hex digits
     * compare in lower case. For an equality test, strings of different lengths differ at once.
     */
    private static int percentCompare(String s, String t, boolean equalityOnly) {
        if (s == t) {
            return 0;
        }
        if (s == null) {
            return -1;
        }
        if (t == null) {
            return 1;
        }
        if (s.indexOf('%') < 0) {
            return s.compareTo(t);
        }
        int sn = s.length();
        int tn = t.length();
        if (sn != tn && equalityOnly) {
            return sn - tn;
        }
        int n = Math.min(sn, tn);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            char d = t.charAt(i);
            if (c != d) {
                return c - d;
            }
            if (c != '%') {
                i++;
                continue;
            }
            // both have an escape here; parsed components always have its two digits
            for (int k = 1; k <= 2 && i + k < n; k++) {
                int diff = lower(s.charAt(i + k)) - lower(t.charAt(i + k));
                if (diff != 0) {
                    return diff;
                }
            }
            i += 3;
        }
        return sn - tn;
    }

    static boolean equalIgnoringCase(String s, String t) {
        if (s == t) {
            return true;
        }
        if (s == null || t == null || s.length() != t.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (lower(s.charAt(i)) != lower(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static int compareIgnoringCase(String s, String t) {
        if (s == t) {
            return 0;
        }
        if (s == null) {
            return -1;
        }
        if (t == null) {
            return 1;
        }
        int n = Math.min(s.length(), t.length());
        for (int i = 0; i < n; i++) {
            int c = lower(s.charAt(i)) - lower(t.charAt(i));
            if (c != 0) {
                return c;
            }
        }
        return s.length() - t.length();
    }

    /** Mixes a component into a URI hash; escapes hash by their upper-case hex digits. */
    static int hash(int h, String s) {
        if (s == null) {
            return h;
        }
        if (s.indexOf('%') < 0) {
            return h * 127 + s.hashCode();
        }
        int sh = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sh = 31 * sh + c;
            if (c == '%' && i + 2 < s.length()) {
                sh = 31 * sh + upper(s.charAt(i + 1));
                sh = 31 * sh + upper(s.charAt(i + 2));
                i += 2;
            }
        }
        return h * 127 + sh;
    }

    static int hashIgnoringCase(int h, String s) {
        if (s == null) {
            return h;
        }
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + lower(s.charAt(i));
        }
        return h;
    }
}
