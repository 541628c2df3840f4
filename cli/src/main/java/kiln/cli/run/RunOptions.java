package kiln.cli.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parsed command line of {@code kiln run <image> [--mem SIZE] [--accel auto|kvm|tcg]
 * [--timeout SECONDS] [--machine microvm] [--disk FILE]... [--net SPEC] [--rng] [-- args...]}.
 * Options may come before or after the image, as {@code --mem 64M} or {@code --mem=64M}; everything
 * after {@code --} goes to the guest. Devices: see {@link Devices} and docs/devices.md.
 */
record RunOptions(Path image, long memMiB, Accel accel, long timeoutSeconds, String machine, List<String> guestArgs,
                  List<String> properties, Devices devices) {

    enum Accel { AUTO, KVM, TCG }

    static final long DEFAULT_MEM_MIB = 64;
    /**
     * Below this QEMU's microvm cannot even hold an image with its page tables; between it and about
     * 16 MiB the image shrinks its main stack (down to 1 MiB) and says so clearly if it still does not fit.
     */
    static final long MIN_MEM_MIB = 4;

    static final String USAGE =
            "usage: kiln run <image> [--mem SIZE] [--accel auto|kvm|tcg] [--timeout SECONDS] [--machine microvm|q35]\n"
            + "                    [--disk FILE]... [--net user[:hostfwd=tcp:HOSTPORT-:GUESTPORT,...]|tap:NAME|socket:HOST:PORT] [--rng]\n"
            + "                    [-D key=value]... [-- args...]";

    static RunOptions parse(List<String> args) throws UsageException {
        Path image = null;
        long mem = DEFAULT_MEM_MIB;
        Accel accel = Accel.AUTO;
        long timeout = 0;
        String machine = "microvm";
        List<String> guest = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        Devices devices = Devices.NONE;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-D") || (a.startsWith("-D") && a.length() > 2)) {
                // A boot property: the guest's System.getProperty(key) answers value.
                String p = a.length() > 2 ? a.substring(2) : (i + 1 < args.size() ? args.get(++i) : "");
                if (p.indexOf('=') <= 0) throw new UsageException("-D needs key=value, got '" + p + "'");
                properties.add(p);
                continue;
            }
            if (a.equals("--")) {
                guest.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (a.startsWith("--")) {
                String name = a, value = null;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                if (name.equals("--rng") && value == null) {
                    devices = devices.withRng();
                    continue;
                }
                switch (name) {
                    case "--mem", "--accel", "--timeout", "--machine", "--disk", "--net" -> {
                        if (value == null) {
                            if (i + 1 >= args.size()) throw new UsageException(name + " needs a value");
                            value = args.get(++i);
                        }
                    }
                    default -> throw new UsageException("unknown option " + a + "\n" + USAGE);
                }
                switch (name) {
                    case "--mem" -> mem = parseMem(value);
                    case "--accel" -> accel = parseAccel(value);
                    case "--timeout" -> timeout = parseTimeout(value);
                    case "--disk" -> devices = devices.withDisk(Path.of(value));
                    case "--net" -> devices = devices.withNet(value);
                    default -> machine = parseMachine(value);
                }
            } else if (image == null) {
                image = Path.of(a);
            } else {
                throw new UsageException("unexpected argument '" + a + "' (program arguments go after --)");
            }
        }
        if (image == null) throw new UsageException("no image given\n" + USAGE);
        return new RunOptions(image, mem, accel, timeout, machine, List.copyOf(guest), List.copyOf(properties), devices);
    }

    /** Memory size in MiB: "64M", "64m", "2G", "65536K", or a plain number of MiB (as QEMU's -m). */
    static long parseMem(String s) throws UsageException {
        String t = s.trim().toUpperCase(Locale.ROOT);
        if (t.endsWith("IB")) t = t.substring(0, t.length() - 2);
        else if (t.endsWith("B")) t = t.substring(0, t.length() - 1);
        long unitKiB = 1024;
        if (!t.isEmpty()) {
            switch (t.charAt(t.length() - 1)) {
                case 'K' -> unitKiB = 1;
                case 'M' -> unitKiB = 1024;
                case 'G' -> unitKiB = 1024 * 1024;
                default -> unitKiB = 0;
            }
            if (unitKiB != 0) t = t.substring(0, t.length() - 1);
            else unitKiB = 1024;
        }
        long n;
        try {
            n = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new UsageException("--mem: cannot read size '" + s + "' (examples: 64M, 1G)");
        }
        if (n <= 0 || n > (1L << 40) / unitKiB) throw new UsageException("--mem: size out of range: " + s);
        long kib = n * unitKiB;
        if (kib % 1024 != 0) throw new UsageException("--mem: size must be a whole number of MiB: " + s);
        long mib = kib / 1024;
        if (mib < MIN_MEM_MIB) throw new UsageException("--mem: at least " + MIN_MEM_MIB + " MiB is needed, got " + s);
        return mib;
    }

    static Accel parseAccel(String s) throws UsageException {
        return switch (s) {
            case "auto" -> Accel.AUTO;
            case "kvm" -> Accel.KVM;
            case "tcg" -> Accel.TCG;
            default -> throw new UsageException("--accel: expected auto, kvm or tcg, got '" + s + "'");
        };
    }

    static long parseTimeout(String s) throws UsageException {
        try {
            long t = Long.parseLong(s);
            if (t > 0) return t;
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new UsageException("--timeout: expected a positive whole number of seconds, got '" + s + "'");
    }

    static String parseMachine(String s) throws UsageException {
        if (!s.equals("microvm") && !s.equals("q35")) {
            throw new UsageException("--machine: expected microvm (virtio-mmio devices) or q35 (virtio-pci devices), got '"
                    + s + "'");
        }
        return s;
    }

    /** "64 MiB", or "2 GiB" for whole GiB. */
    String memText() {
        return memMiB % 1024 == 0 ? (memMiB / 1024) + " GiB" : memMiB + " MiB";
    }
}
