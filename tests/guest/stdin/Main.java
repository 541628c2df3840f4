import java.io.IOException;
import java.io.InputStream;

/** Echoes standard input with its byte count and a checksum; a ticker thread runs while it waits. */
public class Main {
    public static void main(String[] args) throws Exception {
        int[] ticks = {0};
        Thread ticker = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
                ticks[0]++;
            }
        });
        ticker.setDaemon(true);
        ticker.start();
        InputStream in = System.in;
        long count = 0, sum = 0;
        int lines = 0;
        StringBuilder first = new StringBuilder();
        for (int b; (b = in.read()) != -1; ) {
            count++;
            sum = sum * 31 + b;
            if (b == '\n') {
                lines++;
            } else if (lines == 0) {
                first.append((char) b);
            }
        }
        System.out.println("bytes=" + count + " lines=" + lines + " hash=" + sum + " first=" + first);
        System.out.println("read again at end: " + in.read());
    }
}
