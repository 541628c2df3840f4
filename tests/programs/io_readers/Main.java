import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** java.io readers and writers: BufferedReader over stdin (UTF-8, malformed bytes), String/PrintWriter. */
public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String first = br.readLine();
        System.out.println("first [" + first + "] len " + first.length());
        int lines = 0;
        String line;
        StringBuilder codes = new StringBuilder();
        while ((line = br.readLine()) != null) {
            lines++;
            codes.setLength(0);
            for (int i = 0; i < line.length(); i++) codes.append(Integer.toHexString(line.charAt(i))).append(' ');
            System.out.println(lines + ": [" + line + "] " + codes);
            if (line.equals("STOP")) break;
        }
        System.out.println("rest: " + br.lines().map(String::toUpperCase).collect(Collectors.joining("|")));
        System.out.println("after end: " + br.readLine() + " " + br.read());

        // malformed UTF-8 decoded in tiny chunks must equal whole-buffer decoding
        byte[] bytes = {'a', (byte) 0xE2, (byte) 0x82, (byte) 0xAC, (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, (byte) 0xE2, 'b',
                (byte) 0xC3, (byte) 0xFF, (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80,
                (byte) 0xC0, (byte) 0xAF, (byte) 0xE0, (byte) 0x80, (byte) 0xAF, 'z', (byte) 0xF0, (byte) 0x9F};
        InputStreamReader r = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = r.read()) != -1) sb.append(Integer.toHexString(c)).append(' ');
        System.out.println("decoded " + sb);
        System.out.println("string  " + new String(bytes, StandardCharsets.UTF_8).chars().mapToObj(Integer::toHexString).collect(Collectors.joining(" ")));
        System.out.println("encoding " + r.getEncoding());

        BufferedReader sr = new BufferedReader(new StringReader("one\r\ntwo\rthree\n\rfour\n\nfive"));
        System.out.println(sr.lines().collect(Collectors.toList()));
        StringReader s2 = new StringReader("hello world");
        char[] buf = new char[4];
        System.out.println(s2.read(buf) + new String(buf) + " skip " + s2.skip(2) + " " + (char) s2.read() + " ready " + s2.ready());
        s2.close();
        try { s2.read(); } catch (IOException e) { System.out.println("closed: " + e); }

        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.print(1); pw.print('c'); pw.print(2.5); pw.print(true); pw.print((Object) null); pw.println(); pw.println(3L);
        pw.printf("%05d|%-6s|%.3f%n", 42, "ab", Math.PI);
        pw.append("xyz", 1, 3).append('!').write("done");
        pw.flush();
        System.out.println("sw [" + sw + "] " + sw.getBuffer().length() + " err " + pw.checkError());

        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        BufferedWriter bw = new BufferedWriter(new OutputStreamWriter(bos, StandardCharsets.UTF_8));
        bw.write("caf\u00e9 \u20ac ");
        bw.write("\ud83d");
        bw.write("\ude00 x");
        bw.newLine();
        bw.write("lone \ud800 y", 0, 8);
        bw.close();
        StringBuilder hex = new StringBuilder();
        for (byte b : bos.toByteArray()) hex.append(b & 0xFF).append(',');
        System.out.println("bytes " + hex);
        try { bw.write("x"); } catch (IOException e) { System.out.println("bw closed: " + e); }

        PrintWriter out = new PrintWriter(System.out);
        for (int i = 0; i < 5; i++) out.println("pw line " + i);
        out.printf("%s and %d%n", "fmt", 7);
        out.flush();
        System.out.println("direct after flush");
        PrintWriter auto = new PrintWriter(System.out, true);
        auto.println("autoflush");
        auto.print("no newline, flushed by close ");
        auto.close();
        System.out.println("err after close " + auto.checkError());
    }
}
