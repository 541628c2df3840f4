package kiln.cli.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The QEMU command line for one boot (docs/boot.md, "QEMU command line"):
 * microvm without default devices, three ISA UARTs (COM1 = guest stdout and COM2 = guest stderr on
 * Unix sockets that kiln run listens on, COM3 = the control channel (exit status, stdin requests),
 * also a socket) and
 * isa-debug-exit, the image as a PVH kernel and the boot words as its command line.
 */
final class QemuCommand {
    private QemuCommand() {}

    static final String QEMU = "qemu-system-x86_64";

    static List<String> build(Path qemu, RunOptions o, boolean kvm, Path stdoutSocket, Path stderrSocket,
                              Path controlSocket, String cmdline) {
        List<String> c = new ArrayList<>();
        c.add(qemu.toString());
        // auto-kernel-cmdline=off: microvm would otherwise append its own words to ours.
        // rtc=on, pit=on: the wall clock and (under TCG) TSC calibration need them; microvm leaves
        // the RTC out under KVM by default.
        c.add("-M");
        if (o.machine().equals("q35")) {
            // q35 boots through SeaBIOS, which would print its banner on COM1 (our stdout): setting
            // its serial-console port to 0 keeps it quiet. Its RTC and PIT are always there.
            c.add("q35");
            c.add("-fw_cfg");
            c.add("name=etc/sercon-port,string=0");
        } else {
            c.add(o.machine() + ",auto-kernel-cmdline=off,rtc=on,pit=on");
        }
        c.add("-accel");
        c.add(kvm ? "kvm" : "tcg");
        c.add("-cpu");
        c.add(kvm ? "host" : "max");
        c.addAll(List.of("-nodefaults", "-no-user-config", "-nographic", "-no-reboot"));
        c.add("-m");
        c.add(o.memMiB() + "M");
        c.add("-chardev");
        c.add("socket,id=com1,path=" + opt(stdoutSocket));
        c.add("-device");
        c.add("isa-serial,iobase=0x3f8,irq=4,chardev=com1");
        c.add("-chardev");
        c.add("socket,id=com2,path=" + opt(stderrSocket));
        c.add("-device");
        c.add("isa-serial,iobase=0x2f8,irq=3,chardev=com2");
        c.add("-chardev");
        c.add("socket,id=com3,path=" + opt(controlSocket));
        c.add("-device");
        c.add("isa-serial,iobase=0x3e8,irq=6,chardev=com3");
        c.add("-device");
        c.add("isa-debug-exit,iobase=0xf4,iosize=4");
        c.addAll(o.devices().qemuArgs(o.machine()));
        c.add("-kernel");
        c.add(o.image().toString());
        c.add("-append");
        c.add(cmdline);
        return c;
    }

    /** A value inside a QEMU option list, where ',' separates options and ",," is a comma. */
    static String opt(Path p) {
        return p.toString().replace(",", ",,");
    }
}
