/**
 * Hardware access for drivers, and only for drivers: memory-mapped registers ({@link kiln.hw.Mmio}),
 * x86 I/O ports ({@link kiln.hw.Port}), memory ordering ({@link kiln.hw.Barrier}) and memory a device
 * may read and write by physical address ({@link kiln.hw.Dma}).
 *
 * <p>Every method is a static native. On the kvm target the Kiln compiler turns each call into inline
 * C (a volatile load or store, an {@code in}/{@code out} instruction, a fence), so a register access
 * costs one instruction; the runtime's {@code runtime/platform/kvm/hw.c} holds the same operations as
 * ordinary functions. On the linux target {@code Dma} works on ordinary process memory (so driver
 * logic can run in a Linux process against a simulated device), while {@code Mmio} and {@code Port}
 * stop the program with a clear message: there is no device to talk to. On HotSpot (unit tests) none
 * of these may be called; drivers reach hardware through interfaces that tests replace with fakes.
 *
 * <p>Addresses are physical. The kvm image identity-maps RAM, so a physical address is also the
 * address the CPU uses; the MMIO window 0xFE000000..4 GiB is mapped uncached (docs/boot.md).
 * Multi-byte values are little-endian, as the x86 CPU stores them.
 */
package kiln.hw;
