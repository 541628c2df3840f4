package java.net;

/**
 * Path algorithms of java.net.URI: normalization (RFC 2396 section 5.2 step 6, as the JDK applies
 * it to any path) and the merge of a relative reference's path with its base's.
 */
final class UriPaths {
    private UriPaths() {
    }

    /**
     * Removes "." segments and "segment/.." pairs (a ".." with no preceding segment, or preceded
     * by "..", stays), and collapses repeated slashes. A segment keeps a following slash if it had
     * one. If a relative result would start with a segment containing ':' (which would read as a
     * scheme) and the original first segment is gone, "./" is put in front. Returns path itself
     * when nothing changes.
     */
    static String normalize(String path) {
        if (isNormal(path)) {
            return path;
        }
        int n = path.length();
        boolean absolute = n > 0 && path.charAt(0) == '/';
        // segments as [start, end) with a flag for a slash after them
        int[] starts = new int[n];
        int[] ends = new int[n];
        boolean[] slashAfter = new boolean[n];
        boolean[] kept = new boolean[n];
        int count = 0;
        int p = 0;
        while (p < n && path.charAt(p) == '/') {
            p++;
        }
        while (p < n) {
            int e = path.indexOf('/', p);
            if (e < 0) {
                e = n;
            }
            starts[count] = p;
            ends[count] = e;
            slashAfter[count] = e < n;
            kept[count] = true;
            count++;
            p = e;
            while (p < n && path.charAt(p) == '/') {
                p++;
            }
        }

        for (int i = 0; i < count; i++) {
            int len = ends[i] - starts[i];
            if (len == 1 && path.charAt(starts[i]) == '.') {
                kept[i] = false;
            } else if (isDotDot(path, starts[i], ends[i])) {
                int j = i - 1;
                while (j >= 0 && !kept[j]) {
                    j--;
                }
                if (j >= 0 && !isDotDot(path, starts[j], ends[j])) {
                    kept[i] = false;
                    kept[j] = false;
                }
            }
        }

        StringBuilder sb = new StringBuilder(n);
        if (absolute) {
            sb.append('/');
        } else if (count > 0 && !kept[0]) {
            int first = 0;
            while (first < count && !kept[first]) {
                first++;
            }
            if (first < count && path.indexOf(':', starts[first]) >= 0
                    && path.indexOf(':', starts[first]) < ends[first]) {
                sb.append("./");
            }
        }
        for (int i = 0; i < count; i++) {
            if (kept[i]) {
                sb.append(path, starts[i], ends[i]);
                if (slashAfter[i]) {
                    sb.append('/');
                }
            }
        }
        String s = sb.toString();
        return s.equals(path) ? path : s;
    }

    private static boolean isDotDot(String path, int start, int end) {
        return end - start == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.';
    }

    /** No repeated slashes (leading ones included) and no "." or ".." segment. */
    private static boolean isNormal(String path) {
        int n = path.length();
        int p = 0;
        while (p < n && path.charAt(p) == '/') {
            p++;
        }
        if (p > 1) {
            return false;
        }
        while (p < n) {
            int e = path.indexOf('/', p);
            if (e < 0) {
                e = n;
            }
            int len = e - p;
            if (path.charAt(p) == '.' && (len == 1 || (len == 2 && path.charAt(p + 1) == '.'))) {
                return false;
            }
            p = e;
            if (p < n) {
                p++;
                if (p < n && path.charAt(p) == '/') {
                    return false;
                }
            }
        }
        return true;
    }

    /** The path of a relative reference resolved against its base's (RFC 2396 5.2 step 6). */
    static String resolve(String base, String child, boolean baseAbsolute) {
        int slash = base.lastIndexOf('/');
        String merged;
        if (child.isEmpty()) {
            merged = slash >= 0 ? base.substring(0, slash + 1) : "";
        } else if (slash >= 0 || !baseAbsolute) {
            merged = base.substring(0, slash + 1).concat(child);
        } else {
            merged = "/".concat(child);
        }
        return normalize(merged);
    }
}
