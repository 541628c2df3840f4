package kiln.cli.run;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides whether {@code --accel auto} tries KVM.
 *
 * KVM is tried when /dev/kvm opens read-write, unless the only KVM module loaded is kvm_pvm: PVM
 * (a software hypervisor for running VMs inside VMs) runs guests that are not PVM-aware by
 * emulating their instructions one by one, which is slower than TCG and fails on SSE instructions
 * ("KVM internal error ... emulation failure"). If KVM is tried and cannot start, or hits an
 * internal error before the guest wrote anything, RunCommand boots again with TCG.
 */
final class Accelerator {
    private Accelerator() {}

    /** Null when KVM is worth trying, else the reason it is not (for the message). */
    static String kvmUnusableReason() {
        Path dev = Path.of("/dev/kvm");
        if (!Files.exists(dev)) return "no /dev/kvm";
        try {
            new RandomAccessFile(dev.toFile(), "rw").close(); // opened read-write: we may use it
        } catch (IOException | SecurityException e) {
            return "/dev/kvm is not readable and writable by this user";
        }
        boolean pvm = Files.isDirectory(Path.of("/sys/module/kvm_pvm"));
        boolean hardware = Files.isDirectory(Path.of("/sys/module/kvm_intel")) || Files.isDirectory(Path.of("/sys/module/kvm_amd"));
        if (pvm && !hardware) return "KVM here is kvm_pvm, which emulates non-PVM guests instruction by instruction";
        return null;
    }
}
