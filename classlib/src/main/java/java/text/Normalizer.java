package java.text;

/**
 * Unicode normalization (UAX #15): the four forms, with the data of JDK 25's Unicode version
 * (NormalizerTables, generated from the JDK's own results). Decomposition maps each code point
 * to its full decomposition, then sorts runs of combining marks by canonical combining class;
 * composition then joins each starter with the following characters it is not blocked from.
 * Hangul syllables are decomposed and composed arithmetically.
 */
public final class Normalizer {
    private Normalizer() {
    }

    public enum Form {
        NFD, NFC, NFKD, NFKC
    }

    public static String normalize(CharSequence src, Form form) {
        String s = src.toString();
        boolean compat = form == Form.NFKD || form == Form.NFKC;
        boolean compose = form == Form.NFC || form == Form.NFKC;
        if (isInert(s, form)) {
            return s;
        }
        int[] cps = decompose(s, compat);
        int n = cps.length;
        reorder(cps, n);
        if (compose) {
            n = compose(cps, n);
        }
        StringBuilder sb = new StringBuilder(n + 8);
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(cps[i]);
        }
        return sb.toString();
    }

    public static boolean isNormalized(CharSequence src, Form form) {
        String s = src.toString();
        return normalize(s, form).equals(s);
    }

    /**
     * True if no character of s can change: below U+00A0 nothing decomposes (NBSP is the first
     * compatibility decomposition, U+00C0 the first canonical one) and below U+0300 nothing
     * combines, so NFC keeps Latin-1 text as it is.
     */
    private static boolean isInert(String s, Form form) {
        char limit = switch (form) {
            case NFD -> '\u00c0';
            case NFC -> '\u0300';
            case NFKD, NFKC -> '\u00a0';
        };
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= limit) {
                return false;
            }
        }
        return true;
    }

    // ---- Hangul (Unicode chapter 3.12)

    private static final int S_BASE = 0xAC00;
    private static final int L_BASE = 0x1100;
    private static final int V_BASE = 0x1161;
    private static final int T_BASE = 0x11A7;
    private static final int L_COUNT = 19;
    private static final int V_COUNT = 21;
    private static final int T_COUNT = 28;
    private static final int N_COUNT = V_COUNT * T_COUNT;
    private static final int S_COUNT = L_COUNT * N_COUNT;

    // ---- decomposition and canonical ordering

    private static int[] decompose(String s, boolean compat) {
        int[] out = new int[s.length() * 2 + 8];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (n + 18 >= out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2 + 18);
            }
            int si = cp - S_BASE;
            if (si >= 0 && si < S_COUNT) {
                out[n++] = L_BASE + si / N_COUNT;
                out[n++] = V_BASE + (si % N_COUNT) / T_COUNT;
                if (si % T_COUNT != 0) {
                    out[n++] = T_BASE + si % T_COUNT;
                }
                continue;
            }
            String d = compat ? lookupDecomposition(cp, NormalizerTables.COMPAT_KEYS, NormalizerTables.COMPAT_OFFSETS,
                    NormalizerTables.COMPAT_VALUES) : null;
            if (d == null) {
                d = lookupDecomposition(cp, NormalizerTables.CANON_KEYS, NormalizerTables.CANON_OFFSETS,
                        NormalizerTables.CANON_VALUES);
            }
            if (d == null) {
                out[n++] = cp;
                continue;
            }
            for (int k = 0; k < d.length(); ) {
                int c = d.codePointAt(k);
                k += Character.charCount(c);
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = c;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int cpAt(String table, int entry, int width, int field) {
        int k = (entry * width + field) * 2;
        return table.charAt(k) << 16 | table.charAt(k + 1);
    }

    /** Index of the entry whose key (field 0 of width code points) is cp, or -1. */
    private static int find(String table, int width, int cp) {
        int lo = 0;
        int hi = table.length() / (2 * width) - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int key = cpAt(table, mid, width, 0);
            if (key < cp) {
                lo = mid + 1;
            } else if (key > cp) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static String lookupDecomposition(int cp, String keys, String offsets, String values) {
        int i = find(keys, 1, cp);
        if (i < 0) {
            return null;
        }
        return values.substring(offsets.charAt(i), offsets.charAt(i + 1));
    }

    /** Rank of the canonical combining class (0 for starters); ranks order as the classes do. */
    private static int combiningClass(int cp) {
        if (cp < 0x300) {
            return 0;
        }
        int i = find(NormalizerTables.CCC_KEYS, 1, cp);
        return i < 0 ? 0 : NormalizerTables.CCC_RANKS.charAt(i);
    }

    /** Stable insertion sort of each run of non-starters by combining class. */
    private static void reorder(int[] cps, int n) {
        for (int i = 1; i < n; i++) {
            int cc = combiningClass(cps[i]);
            if (cc == 0) {
                continue;
            }
            int c = cps[i];
            int j = i;
            while (j > 0) {
                int prev = combiningClass(cps[j - 1]);
                if (prev <= cc) {
                    break;
                }
                cps[j] = cps[j - 1];
                j--;
            }
            cps[j] = c;
        }
    }

    // ---- canonical composition

    /** The primary composite of first and second, or -1. */
    private static int composite(int first, int second) {
        int li = first - L_BASE;
        if (li >= 0 && li < L_COUNT) {
            int vi = second - V_BASE;
            return vi >= 0 && vi < V_COUNT ? S_BASE + (li * V_COUNT + vi) * T_COUNT : -1;
        }
        int si = first - S_BASE;
        if (si >= 0 && si < S_COUNT && si % T_COUNT == 0) {
            int ti = second - T_BASE;
            return ti > 0 && ti < T_COUNT ? first + ti : -1;
        }
        String table = NormalizerTables.COMPOSE;
        int lo = 0;
        int hi = table.length() / 6 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int a = cpAt(table, mid, 3, 0);
            int b = cpAt(table, mid, 3, 1);
            if (a < first || (a == first && b < second)) {
                lo = mid + 1;
            } else if (a > first || b > second) {
                hi = mid - 1;
            } else {
                return cpAt(table, mid, 3, 2);
            }
        }
        return -1;
    }

    /**
     * Joins characters to the last starter when not blocked from it (a character is blocked when
     * something between them is a starter or has a class at least as high). Returns the new length.
     */
    private static int compose(int[] cps, int n) {
        int out = 0;
        int starter = -1;
        int lastClass = 0;
        for (int i = 0; i < n; i++) {
            int c = cps[i];
            int cc = combiningClass(c);
            if (starter >= 0) {
                boolean adjacent = out - 1 == starter;
                if (adjacent || (lastClass != 0 && lastClass < cc)) {
                    int comp = composite(cps[starter], c);
                    if (comp >= 0) {
                        cps[starter] = comp;
                        continue;
                    }
                }
            }
            if (cc == 0) {
                starter = out;
            }
            lastClass = cc;
            cps[out++] = c;
        }
        return out;
    }
}
