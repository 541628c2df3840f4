/** Text blocks: indentation stripping, escapes, \s and line continuations; String.stripIndent/translateEscapes. */
public class Main {
    public static void main(String[] args) {
        String html = """
            <html>
                <body>
                    <p>Hello, "world" \t tab</p>
                </body>
            </html>
            """;
        System.out.print(html);
        String joined = """
            one \
            two \
            three""";
        System.out.println("[" + joined + "]");
        String spaces = """
            trailing\s\s
            kept  \s
            """;
        System.out.println(spaces.replace(' ', '.'));
        String quotes = """
            She said: \"""Hi\""" and left.
            Backslash: \\ Unicode: \u00e9
            """;
        System.out.print(quotes);
        String closing = """
                indented
              less
            """;
        System.out.print(closing);
        System.out.println(html.lines().count() + " " + html.length() + " " + html.endsWith("\n"));
        String manual = "   a\n     b\n   c";
        System.out.println("[" + manual.stripIndent() + "]");
        System.out.println("[" + "tab\\there\\nnew \\\"q\\\" \\101".translateEscapes() + "]");
        String json = """
            {"name": "%s", "n": %d}""".formatted("kiln", 3);
        System.out.println(json);
        String[] samples = {"  a\n    b\n  ", "\ta\n\t\tb\n", "  x  \r\n   y\r  z", "   \n  q\n\n   ", "", "\n", "one", "  lead\n"};
        for (String s : samples) {
            System.out.println(s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + " -> ["
                    + s.stripIndent().replace("\n", "\\n").replace("\t", "\\t") + "] lines=" + s.lines().toList()
                    + " indent2=[" + s.indent(2).replace("\n", "|") + "] indent-1=[" + s.indent(-1).replace("\n", "|") + "]");
        }
        for (String bad : new String[] {"\\q", "ok\\", "\\u0041", "\\8"}) {
            try {
                System.out.println(bad.translateEscapes());
            } catch (IllegalArgumentException e) {
                System.out.println(bad + ": " + e.getMessage());
            }
        }
        System.out.println("[" + "a\\\nb\\\r\nc\\0\\7\\12\\377\\400\\s".translateEscapes().replace("\0", "<0>").replace("\7", "<7>") + "]");
        String empty = """
            """;
        System.out.println(empty.isEmpty() + " " + """
            x""".length());
    }
}
