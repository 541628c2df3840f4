/** Sparse switches compile to lookupswitch: huge and negative keys, MIN_VALUE and MAX_VALUE cases. */
public class Main {
    static int classify(int x) {
        switch (x) {
            case Integer.MIN_VALUE: return 1;
            case -1000000: return 2;
            case -7: return 3;
            case 0: return 4;
            case 99: return 5;
            case 1000: return 6;
            case 65536: return 7;
            case 1 << 30: return 8;
            case Integer.MAX_VALUE: return 9;
            default: return 0;
        }
    }

    static String longSwitch(long v) {
        // switch on long is not allowed; switch on a hash of it instead
        int h = (int) (v ^ (v >>> 32));
        switch (h) {
            case 0: return "zero";
            case 1 << 20: return "2^20";
            case -1: return "minus one";
            case 0x7FFFFFFF: return "max";
            default: return "other(" + h + ")";
        }
    }

    public static void main(String[] args) {
        int[] probes = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1000000, -1000001, -7, -6, 0, 1, 99, 100,
                        1000, 65536, 65535, 1 << 30, (1 << 30) + 1, Integer.MAX_VALUE, Integer.MAX_VALUE - 1};
        StringBuilder sb = new StringBuilder();
        for (int p : probes) sb.append(classify(p));
        System.out.println("classify: " + sb);
        System.out.println(longSwitch(0) + ", " + longSwitch(1L << 20) + ", " + longSwitch(-1L << 32) + ", " + longSwitch(12345L));
        int hist = 0;
        for (int i = 0; i < 200000; i++) {
            switch (i * 31 % 1009) {
                case 3: hist += 1; break;
                case 500: hist += 2; break;
                case 1000: hist += 3; break;
                case -5: hist += 1000; break;
                default: break;
            }
        }
        System.out.println("hist = " + hist);
    }
}
