package kiln.virtio;

import java.util.concurrent.locks.LockSupport;

import kiln.hw.Irq;
import kiln.net.socket.DeviceWaiter;

/**
 * Sleeps the network stack's event loop on a virtio-net device's interrupt (virtio 1.2 §2.7.14:
 * the device notifies the driver of used buffers). The handler in the runtime only records the
 * vector and masks the level-triggered line; here, in thread context, the loop acknowledges the
 * interrupt status (§4.2.2.2 InterruptACK for virtio-mmio), lets the line through again, and then
 * drains the used ring. A frame that arrives after the acknowledgement raises the line again, so
 * it is never left waiting for the next timer.
 *
 * <p>Where the transport cannot name its interrupt line (legacy PCI INTx on q35, whose routing to
 * the I/O APIC would need the ACPI tables), the loop polls every millisecond instead.
 */
public final class VirtioNetWaiter implements DeviceWaiter {
    static final long POLL_NANOS = 1_000_000L;

    private final VirtioNet net;
    private final int vector;

    public VirtioNetWaiter(VirtioNet net) {
        this.net = net;
        Transport t = net.transport();
        int line = t instanceof MmioTransport ? t.interruptLine() : -1;
        // virtio-mmio holds its line high while InterruptStatus is non-zero: level, active high.
        this.vector = line < 0 ? -1 : Irq.route(line, true, false);
        if (vector >= 0) {
            net.enableReceiveInterrupts();
        }
    }

    /** True when the loop sleeps on the interrupt, false when it polls. */
    public boolean usesInterrupts() {
        return vector >= 0;
    }

    @Override
    public void service() {
        if (vector >= 0) {
            net.transport().takeInterruptStatus();
            Irq.unmask(vector);
        }
        net.poll();
    }

    @Override
    public void await(long deadline) {
        long now = System.nanoTime();
        long wait = deadline == Long.MAX_VALUE ? -1 : Math.max(deadline - now, 1);
        if (vector < 0) {
            LockSupport.parkNanos(this, wait < 0 ? POLL_NANOS : Math.min(wait, POLL_NANOS));
        } else {
            Irq.awaitOrUnpark(vector, wait < 0 ? 0 : wait);
        }
    }
}
