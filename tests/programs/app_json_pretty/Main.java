import java.util.*;

/** A small JSON parser (sealed value types, records) with a pretty printer, queries and error reports. */
public class Main {
    sealed interface Json permits JNull, JBool, JNum, JStr, JArr, JObj {}
    record JNull() implements Json {}
    record JBool(boolean value) implements Json {}
    record JNum(String text) implements Json {
        double asDouble() { return Double.parseDouble(text); }
    }
    record JStr(String value) implements Json {}
    record JArr(List<Json> items) implements Json {}
    record JObj(LinkedHashMap<String, Json> fields) implements Json {}

    static final class ParseException extends Exception {
        final int pos;
        ParseException(String msg, int pos) {
            super(msg + " at offset " + pos);
            this.pos = pos;
        }
    }

    static final class Parser {
        private final String s;
        private int i;
        private int depth;

        Parser(String s) { this.s = s; }

        Json parseDocument() throws ParseException {
            Json v = value();
            ws();
            if (i != s.length()) throw new ParseException("trailing characters", i);
            return v;
        }

        private void ws() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) i++;
        }

        private char peek() throws ParseException {
            ws();
            if (i >= s.length()) throw new ParseException("unexpected end", i);
            return s.charAt(i);
        }

        private void expect(char c) throws ParseException {
            if (peek() != c) throw new ParseException("expected '" + c + "' but found '" + s.charAt(i) + "'", i);
            i++;
        }

        private Json value() throws ParseException {
            char c = peek();
            switch (c) {
                case '{': return object();
                case '[': return array();
                case '"': return new JStr(string());
                case 't': return literal("true", new JBool(true));
                case 'f': return literal("false", new JBool(false));
                case 'n': return literal("null", new JNull());
                default:
                    if (c == '-' || Character.isDigit(c)) return number();
                    throw new ParseException("unexpected character '" + c + "'", i);
            }
        }

        private Json literal(String word, Json v) throws ParseException {
            if (!s.startsWith(word, i)) throw new ParseException("bad literal", i);
            i += word.length();
            return v;
        }

        private Json number() throws ParseException {
            int start = i;
            if (s.charAt(i) == '-') i++;
            if (i >= s.length() || !Character.isDigit(s.charAt(i))) throw new ParseException("digit expected", i);
            while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                int d = i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
                if (d == i) throw new ParseException("fraction digits expected", i);
            }
            if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                i++;
                if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
                int d = i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
                if (d == i) throw new ParseException("exponent digits expected", i);
            }
            return new JNum(s.substring(start, i));
        }

        private String string() throws ParseException {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (i >= s.length()) throw new ParseException("unterminated string", i);
                char c = s.charAt(i++);
                if (c == '"') return sb.toString();
                if (c != '\\') {
                    if (c < 0x20) throw new ParseException("control character in string", i - 1);
                    sb.append(c);
                    continue;
                }
                if (i >= s.length()) throw new ParseException("bad escape", i);
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case '/', '\\', '"' -> sb.append(e);
                    case 'u' -> {
                        if (i + 4 > s.length()) throw new ParseException("short unicode escape", i);
                        try {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw new ParseException("bad unicode escape (" + ex.getMessage() + ")", i);
                        }
                        i += 4;
                    }
                    default -> throw new ParseException("unknown escape \\" + e, i - 1);
                }
            }
        }

        private Json array() throws ParseException {
            if (++depth > 20) throw new ParseException("too deep", i);
            expect('[');
            List<Json> items = new ArrayList<>();
            if (peek() == ']') { i++; depth--; return new JArr(items); }
            while (true) {
                items.add(value());
                char c = peek();
                i++;
                if (c == ']') break;
                if (c != ',') throw new ParseException("expected ',' or ']'", i - 1);
            }
            depth--;
            return new JArr(items);
        }

        private Json object() throws ParseException {
            if (++depth > 20) throw new ParseException("too deep", i);
            expect('{');
            LinkedHashMap<String, Json> fields = new LinkedHashMap<>();
            if (peek() == '}') { i++; depth--; return new JObj(fields); }
            while (true) {
                if (peek() != '"') throw new ParseException("key expected", i);
                String key = string();
                expect(':');
                if (fields.put(key, value()) != null) throw new ParseException("duplicate key " + key, i);
                char c = peek();
                i++;
                if (c == '}') break;
                if (c != ',') throw new ParseException("expected ',' or '}'", i - 1);
            }
            depth--;
            return new JObj(fields);
        }
    }

    static String quote(String v) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    static void pretty(Json j, int indent, StringBuilder out) {
        String pad = "  ".repeat(indent + 1), end = "  ".repeat(indent);
        switch (j) {
            case JNull n -> out.append("null");
            case JBool b -> out.append(b.value());
            case JNum n -> out.append(n.text());
            case JStr s -> out.append(quote(s.value()));
            case JArr a when a.items().isEmpty() -> out.append("[]");
            case JArr a -> {
                out.append("[\n");
                for (int k = 0; k < a.items().size(); k++) {
                    out.append(pad);
                    pretty(a.items().get(k), indent + 1, out);
                    out.append(k + 1 < a.items().size() ? ",\n" : "\n");
                }
                out.append(end).append(']');
            }
            case JObj o when o.fields().isEmpty() -> out.append("{}");
            case JObj o -> {
                out.append("{\n");
                Iterator<Map.Entry<String, Json>> it = o.fields().entrySet().iterator();
                while (it.hasNext()) {
                    Map.Entry<String, Json> e = it.next();
                    out.append(pad).append(quote(e.getKey())).append(": ");
                    pretty(e.getValue(), indent + 1, out);
                    out.append(it.hasNext() ? ",\n" : "\n");
                }
                out.append(end).append('}');
            }
        }
    }

    /** Minimal compact form with keys sorted, to show canonicalisation. */
    static String canonical(Json j) {
        return switch (j) {
            case JObj o -> {
                StringJoiner sj = new StringJoiner(",", "{", "}");
                new TreeMap<>(o.fields()).forEach((k, v) -> sj.add(quote(k) + ":" + canonical(v)));
                yield sj.toString();
            }
            case JArr a -> {
                StringJoiner sj = new StringJoiner(",", "[", "]");
                a.items().forEach(v -> sj.add(canonical(v)));
                yield sj.toString();
            }
            case JNum n -> Double.toString(n.asDouble());
            case JStr s -> quote(s.value());
            case JBool b -> String.valueOf(b.value());
            case JNull n -> "null";
        };
    }

    static Json path(Json j, String path) {
        for (String part : path.split("\\.")) {
            if (j instanceof JObj o) j = o.fields().get(part);
            else if (j instanceof JArr a && part.matches("\\d+")) {
                int idx = Integer.parseInt(part);
                j = idx < a.items().size() ? a.items().get(idx) : null;
            } else return null;
            if (j == null) return null;
        }
        return j;
    }

    static double sumNumbers(Json j) {
        if (j instanceof JNum n) return n.asDouble();
        if (j instanceof JArr a) return a.items().stream().mapToDouble(Main::sumNumbers).sum();
        if (j instanceof JObj o) return o.fields().values().stream().mapToDouble(Main::sumNumbers).sum();
        return 0;
    }

    public static void main(String[] args) {
        String doc = """
            {"name": "kiln", "version": 1.5, "tags": ["aot", "java", "unikernel"],
             "nested": {"deep": {"deeper": [1, 2, {"x": -3.25e2}]}, "empty": {}, "none": []},
             "escapes": "tab\\there \\"quoted\\" \\u00e9\\u4e2d slash\\/", "ok": true, "nothing": null,
             "numbers": [0, -0, 12345678901234567890, 1e-7, 2.5E+3, 0.1]}
            """;
        try {
            Json j = new Parser(doc).parseDocument();
            StringBuilder out = new StringBuilder();
            pretty(j, 0, out);
            System.out.println(out);
            System.out.println("canonical: " + canonical(j));
            for (String p : List.of("name", "tags.1", "nested.deep.deeper.2.x", "numbers.9", "nope.x", "ok")) {
                System.out.println(p + " -> " + path(j, p));
            }
            System.out.printf("sum of numbers = %.4f%n", sumNumbers(j));
        } catch (ParseException e) {
            System.out.println("unexpected: " + e.getMessage());
        }
        String[] bad = {"", "{", "[1,2", "[1 2]", "{\"a\" 1}", "{\"a\":1,}", "tru", "\"abc", "[01x]", "-",
            "1.", "2e", "\"\\q\"", "\"\\u12g4\"", "{\"k\":1,\"k\":2}", "[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]",
            "{1:2}", "nul", "[1] x", "\"a\u0001b\""};
        for (String b : bad) {
            try {
                Json j = new Parser(b).parseDocument();
                System.out.println("parsed?! " + j);
            } catch (ParseException e) {
                System.out.println(quote(b) + ": " + e.getMessage() + " [pos " + e.pos + "]");
            }
        }
        System.out.println(new JArr(List.of(new JNum("1"), new JStr("x"), new JNull())));
        System.out.println(new JObj(new LinkedHashMap<>(Map.of("a", new JBool(false)))).equals(
                new JObj(new LinkedHashMap<>(Map.of("a", new JBool(false))))));
    }
}
