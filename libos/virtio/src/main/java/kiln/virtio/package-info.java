/**
 * virtio 1.2 (OASIS, "Virtual I/O Device (VIRTIO) Version 1.2") drivers, in plain Java.
 *
 * <p>Layers, each a small file: {@link kiln.virtio.DeviceMemory} and {@link kiln.virtio.RegisterWindow}
 * are the only ways to touch memory a device sees and a device's registers (kiln.hw-backed in an
 * image, byte arrays in tests); a {@link kiln.virtio.Transport} (virtio-mmio §4.2, virtio-pci §4.1)
 * hides where the registers are; {@link kiln.virtio.Virtqueue} is the split ring of §2.7;
 * {@link kiln.virtio.DeviceSetup} is the initialisation sequence of §3.1.1; the drivers
 * ({@link kiln.virtio.VirtioNet}, {@link kiln.virtio.VirtioBlk}, {@link kiln.virtio.VirtioRng})
 * sit on top.
 *
 * <p>{@code poll()} harvests finished buffers from the used rings. Drivers work polled, and sleep
 * on the device's interrupt where {@link kiln.virtio.IrqLine} can route it (virtio-mmio:
 * {@link kiln.virtio.VirtioNetWaiter}, {@link kiln.virtio.VirtioBlk#useInterrupts()}). A device that breaks the protocol (a used index that runs ahead of the
 * buffers in flight, an unknown descriptor id, a length larger than the buffer) is reported with a
 * {@link kiln.virtio.VirtioException} and counted, and its ring is not used again; driver memory is
 * never written on the device's say-so outside the buffers the driver gave it.
 */
package kiln.virtio;
