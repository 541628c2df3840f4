package kiln.cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The virtio devices {@code kiln run} attaches (docs/devices.md): disks ({@code --disk FILE}, raw
 * images), one network interface ({@code --net user[:hostfwd=...]}, {@code --net tap:NAME}, or
 * {@code --net socket:HOST:PORT} for a test peer) and an entropy source ({@code --rng}). On
 * microvm they are virtio-mmio devices ({@code virtio-*-device}).
 */
record Devices(List<Path> disks, String net, boolean rng) {
    static final Devices NONE = new Devices(List.of(), null, false);

    Devices withDisk(Path disk) throws UsageException {
        if (!Files.isRegularFile(disk)) {
            throw new UsageException("--disk: " + disk + " is not a file (create one, e.g. truncate -s 16M " + disk + ")");
        }
        if (!Files.isReadable(disk) || !Files.isWritable(disk)) {
            throw new UsageException("--disk: " + disk + " must be readable and writable");
        }
        List<Path> d = new ArrayList<>(disks);
        d.add(disk);
        return new Devices(List.copyOf(d), net, rng);
    }

    Devices withNet(String spec) throws UsageException {
        if (net != null) {
            throw new UsageException("--net given twice: one network interface is supported");
        }
        parseNet(spec);
        return new Devices(disks, spec, rng);
    }

    Devices withRng() {
        return new Devices(disks, net, true);
    }

    /** QEMU's -netdev value (without id) for a --net spec, or a UsageException saying what is wrong. */
    static String parseNet(String spec) throws UsageException {
        if (spec.equals("user")) {
            return "user";
        }
        if (spec.startsWith("user:")) {
            StringBuilder sb = new StringBuilder("user");
            for (String part : spec.substring(5).split(",")) {
                if (!part.startsWith("hostfwd=")) {
                    throw new UsageException("--net user: expected hostfwd=tcp:HOSTPORT-:GUESTPORT, got '" + part + "'");
                }
                sb.append(",hostfwd=").append(hostfwd(part.substring(8)));
            }
            return sb.toString();
        }
        if (spec.startsWith("tap:")) {
            String name = spec.substring(4);
            if (!name.matches("[A-Za-z0-9_.-]{1,15}")) {
                throw new UsageException("--net tap: '" + name + "' is not an interface name");
            }
            return "tap,ifname=" + name + ",script=no,downscript=no";
        }
        if (spec.startsWith("socket:")) {
            String hp = spec.substring(7);
            int colon = hp.lastIndexOf(':');
            if (colon <= 0 || !hp.substring(colon + 1).matches("\\d{1,5}") || hp.contains(",")) {
                throw new UsageException("--net socket: expected socket:HOST:PORT, got '" + spec + "'");
            }
            // QEMU connects to a TCP server there; each frame travels with a 4-byte big-endian length.
            return "socket,connect=" + hp;
        }
        throw new UsageException("--net: expected user[:hostfwd=...], tap:NAME or socket:HOST:PORT, got '" + spec + "'");
    }

    /** "tcp:8080-:80" or QEMU's own "tcp::8080-:80" (protocol:hostaddr:hostport-guestaddr:guestport). */
    static String hostfwd(String f) throws UsageException {
        String[] pg = f.split("-", -1);
        String[] host = pg[0].split(":", -1);
        boolean ok = pg.length == 2 && (host.length == 2 || host.length == 3)
                && (host[0].equals("tcp") || host[0].equals("udp"))
                && host[host.length - 1].matches("\\d{1,5}") && pg[1].matches("[0-9.]*:\\d{1,5}");
        if (!ok) {
            throw new UsageException("--net user: bad hostfwd '" + f + "' (expected tcp:HOSTPORT-:GUESTPORT)");
        }
        return host.length == 2 ? host[0] + "::" + host[1] + "-" + pg[1] : f;
    }

    /** The QEMU arguments attaching these devices to a machine. */
    List<String> qemuArgs(String machine) {
        String suffix = machine.equals("microvm") ? "-device" : "-pci";
        String extra = machine.equals("microvm") ? "" : ",disable-legacy=on";
        List<String> c = new ArrayList<>();
        if (machine.equals("microvm") && (!disks.isEmpty() || net != null || rng)) {
            // QEMU's virtio-mmio transports default to the legacy (version 1) register layout; Kiln's
            // drivers speak virtio 1.x only (virtio 1.2 §4.2.2).
            c.add("-global");
            c.add("virtio-mmio.force-legacy=false");
        }
        for (int i = 0; i < disks.size(); i++) {
            c.add("-drive");
            c.add("id=disk" + i + ",file=" + QemuCommand.opt(disks.get(i)) + ",format=raw,if=none");
            c.add("-device");
            c.add("virtio-blk" + suffix + ",drive=disk" + i + extra);
        }
        if (net != null) {
            c.add("-netdev");
            try {
                c.add(parseNet(net) + ",id=net0");
            } catch (UsageException e) {
                throw new IllegalStateException("checked when parsed", e); // withNet validated it
            }
            c.add("-device");
            c.add("virtio-net" + suffix + ",netdev=net0" + extra);
        }
        if (rng) {
            c.add("-device");
            c.add("virtio-rng" + suffix + extra);
        }
        return c;
    }
}
