package kiln.virtio;

import kiln.hw.Irq;

/**
 * A device's interrupt line through kiln.hw.Irq (kvm target). Only virtio-mmio devices get one:
 * microvm wires each slot to a known GSI of the second I/O APIC, and the line is level-triggered,
 * active high (held while InterruptStatus is non-zero, §4.2.2). A PCI device's legacy INTx pin
 * would need the ACPI routing tables, which Kiln does not read, so on q35 drivers keep polling.
 */
public final class IrqLine implements InterruptLine {
    private final int vector;

    private IrqLine(int vector) {
        this.vector = vector;
    }

    /** The routed line of {@code t}, or null if it cannot be routed (then the driver polls). */
    public static IrqLine route(Transport t) {
        int gsi = t instanceof MmioTransport ? t.interruptLine() : -1;
        int vector = gsi < 0 ? -1 : Irq.route(gsi, true, false);
        return vector < 0 ? null : new IrqLine(vector);
    }

    /**
     * kiln.hw.Irq.awaitOrUnpark: the untimed Irq.await could leave a thread blocked forever on a
     * dead device. An unpark aimed at this thread while it waits is consumed here, as a park inside
     * any blocking library code would consume it (LockSupport allows that); the caller loops.
     */
    @Override
    public void await(long timeoutNanos) {
        Irq.awaitOrUnpark(vector, Math.max(timeoutNanos, 1));
    }

    @Override
    public void rearm() {
        Irq.unmask(vector);
    }

    @Override
    public String toString() {
        return "vector " + vector;
    }
}
