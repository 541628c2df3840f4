import java.util.*;
import java.util.regex.*;

/** Log-line parsing and CSV-ish splitting: named groups, find loops, aggregation. */
public class Main {
    static final Pattern LINE = Pattern.compile(
            "^(?<ip>\\d{1,3}(?:\\.\\d{1,3}){3}) - (?<user>\\S+) \\[(?<ts>[^\\]]+)\\] \"(?<method>[A-Z]+) (?<path>\\S+) HTTP/(?<ver>\\d\\.\\d)\" (?<status>\\d{3}) (?<size>\\d+|-)$");
    static final Pattern KV = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)");
    static final Pattern CSV = Pattern.compile(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

    public static void main(String[] args) {
        String[] logs = {
            "192.168.0.1 - alice [10/Oct/2024:13:55:36 +0000] \"GET /index.html HTTP/1.1\" 200 2326",
            "10.0.0.7 - - [10/Oct/2024:13:55:40 +0000] \"POST /api/login HTTP/1.1\" 401 -",
            "10.0.0.7 - bob [10/Oct/2024:13:56:01 +0000] \"GET /img/logo.png HTTP/2.0\" 304 0",
            "garbage line that should not match",
            "256.1.1.1 - x [t] \"DELETE /a HTTP/1.0\" 500 12",
            "172.16.5.4 - carol [11/Oct/2024:01:02:03 +0100] \"PUT /api/items/42 HTTP/1.1\" 201 88",
        };
        Map<String, Integer> byStatus = new TreeMap<>();
        long bytes = 0;
        for (String l : logs) {
            Matcher m = LINE.matcher(l);
            if (!m.matches()) {
                System.out.println("skip: " + l);
                continue;
            }
            System.out.println(m.group("ip") + " | " + m.group("user") + " | " + m.group("ts") + " | " + m.group("method")
                    + " " + m.group("path") + " v" + m.group("ver") + " -> " + m.group("status") + " (" + m.group("size") + ")"
                    + " path@" + m.start("path") + "-" + m.end("path"));
            byStatus.merge(m.group("status"), 1, Integer::sum);
            if (!m.group("size").equals("-")) bytes += Long.parseLong(m.group("size"));
        }
        System.out.println(byStatus + " bytes=" + bytes);

        String[] events = {"level=INFO msg=\"user logged in\" user=alice latency=12ms",
            "level=WARN msg=\"disk almost full\" disk=/dev/sda1 pct=93",
            "level=ERROR msg=\"\" code=E42"};
        for (String e : events) {
            Matcher m = KV.matcher(e);
            List<String> kv = new ArrayList<>();
            while (m.find()) kv.add(m.group(1) + "->" + m.group(2).replaceAll("^\"|\"$", ""));
            System.out.println(kv);
        }

        String[] csv = {"a,b,c", "\"x,y\",z,\"\"", "1,\"two, too\",3,,", "solo", ""};
        for (String c : csv) {
            System.out.println(Arrays.toString(CSV.split(c, -1)) + " " + Arrays.toString(c.split(",")) + " " + Arrays.toString(c.split("\\s*,\\s*", 2)));
        }
        String config = "# comment\nname = kiln\n  version=0.2  \n\nflags = -O2 -g\n";
        for (String line : config.split("\\R")) {
            if (line.matches("\\s*(#.*)?")) continue;
            String[] kv = line.trim().split("\\s*=\\s*", 2);
            System.out.println(kv[0] + "=[" + kv[1] + "]");
        }
        Matcher dates = Pattern.compile("\\b(\\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])\\b").matcher(
                "released 2024-02-29, patched 2024-13-01 and 2025-01-15; old: 1999-12-31x 2000-01-01");
        while (dates.find()) System.out.println(dates.group() + " y=" + dates.group(1) + " at " + dates.start());
        System.out.println(Pattern.compile("ERROR|WARN").matcher(String.join("\n", events)).results().map(MatchResult::group).toList());
    }
}
