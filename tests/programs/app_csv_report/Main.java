import java.io.*;
import java.util.*;
import java.util.stream.*;

/** A CSV report tool: RFC-4180-style quoted fields from stdin, validation with line numbers, aggregation and a formatted table. */
public class Main {
    record Entry(String date, String employee, String dept, double hours, double rate, String notes) {
        double pay() { return hours * rate * (hours > 8 ? 1.0 + 0.5 * (hours - 8) / hours : 1.0); }
    }

    static List<String> parseLine(String line, int no) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) throw new IllegalArgumentException("line " + no + ": unterminated quote");
        fields.add(cur.toString());
        return fields;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String header = in.readLine();
        List<String> columns = parseLine(header, 1);
        System.out.println("columns: " + columns);
        List<Entry> entries = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String line;
        int no = 1;
        while ((line = in.readLine()) != null) {
            no++;
            try {
                List<String> f = parseLine(line, no);
                if (f.size() != columns.size()) throw new IllegalArgumentException("line " + no + ": expected " + columns.size() + " fields, got " + f.size());
                double hours, rate;
                try {
                    hours = Double.parseDouble(f.get(3));
                    rate = Double.parseDouble(f.get(4));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + no + ": " + e.getMessage(), e);
                }
                if (rate < 0) throw new IllegalArgumentException("line " + no + ": negative rate " + rate);
                entries.add(new Entry(f.get(0), f.get(1), f.get(2), hours, rate, f.get(5)));
            } catch (IllegalArgumentException e) {
                errors.add(e.getMessage() + (e.getCause() != null ? " (cause " + e.getCause().getClass().getSimpleName() + ")" : ""));
            }
        }
        System.out.println(entries.size() + " entries, " + errors.size() + " errors");
        errors.forEach(e -> System.out.println("  ! " + e));
        String sep = "+" + "-".repeat(14) + "+" + "-".repeat(13) + "+" + "-".repeat(8) + "+" + "-".repeat(11) + "+";
        System.out.println(sep);
        System.out.printf("|%-14s|%-13s|%8s|%11s|%n", "employee", "department", "hours", "pay");
        System.out.println(sep);
        Map<String, List<Entry>> byEmp = entries.stream().collect(Collectors.groupingBy(Entry::employee, TreeMap::new, Collectors.toList()));
        for (var e : byEmp.entrySet()) {
            double hours = e.getValue().stream().mapToDouble(Entry::hours).sum();
            double pay = e.getValue().stream().mapToDouble(Entry::pay).sum();
            System.out.printf("|%-14s|%-13s|%8.2f|%,11.2f|%n", e.getKey(), e.getValue().get(0).dept(), hours, pay);
        }
        System.out.println(sep);
        System.out.printf("|%-28s|%8.2f|%,11.2f|%n", "TOTAL", entries.stream().mapToDouble(Entry::hours).sum(), entries.stream().mapToDouble(Entry::pay).sum());
        System.out.println(sep);
        Map<String, Double> deptAvg = entries.stream().collect(Collectors.groupingBy(Entry::dept, TreeMap::new, Collectors.averagingDouble(Entry::hours)));
        deptAvg.forEach((d, avg) -> System.out.printf("%s avg %.3f h/day%n", d, avg));
        Entry longest = entries.stream().max(Comparator.comparingDouble(Entry::hours).thenComparing(Entry::date)).orElseThrow();
        System.out.println("longest day: " + longest);
        System.out.println("notes with commas or quotes: " + entries.stream().map(Entry::notes).filter(n -> n.contains(",") || n.contains("\"")).toList());
        System.out.println("days: " + entries.stream().map(Entry::date).distinct().sorted(Comparator.reverseOrder()).collect(Collectors.joining(" ")));
    }
}
