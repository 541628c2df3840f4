package kiln.virtio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DeviceSetupTest {
    final ArrayMemory mem = new ArrayMemory(1 << 16);

    @Test
    void statusSequenceOfSection311() {
        FakeMmioDevice dev = new FakeMmioDevice(mem, 2, Features.VERSION_1 | 1L << 9 | 1L << 5);
        MmioTransport t = dev.transport();
        dev.status = Status.DRIVER_OK; // left over from an earlier driver
        long got = DeviceSetup.negotiate(t, 1L << 9, 0);
        DeviceSetup.driverOk(t);
        assertEquals(Features.VERSION_1 | 1L << 9, got, "only features both sides know");
        assertEquals(got, dev.driverFeatures);
        assertEquals(List.of(0, 1, 3, 11, 15), dev.statusWrites);
    }

    @Test
    void unknownFeaturesOfferedAreNotAccepted() {
        FakeMmioDevice dev = new FakeMmioDevice(mem, 1, -1L); // offers every bit
        long got = DeviceSetup.negotiate(dev.transport(), 1L << 5, 0);
        assertEquals(Features.VERSION_1 | 1L << 5, got);
        assertEquals(got, dev.driverFeatures);
    }

    @Test
    void featuresOkRejectionSetsFailed() {
        FakeMmioDevice dev = new FakeMmioDevice(mem, 2, Features.VERSION_1 | 1L << 9);
        dev.acceptFeatures = f -> (f & 1L << 9) == 0; // the device insists on not flushing
        VirtioException e = assertThrows(VirtioException.class, () -> DeviceSetup.negotiate(dev.transport(), 1L << 9, 0));
        assertTrue(e.getMessage().contains("FEATURES_OK not kept"), e.getMessage());
        assertTrue((dev.status & Status.FAILED) != 0);
    }

    @Test
    void legacyDeviceWithoutVersion1IsRefused() {
        FakeMmioDevice dev = new FakeMmioDevice(mem, 2, 1L << 9);
        VirtioException e = assertThrows(VirtioException.class, () -> DeviceSetup.negotiate(dev.transport(), 1L << 9, 0));
        assertTrue(e.getMessage().contains("legacy device"), e.getMessage());
        assertTrue((dev.status & Status.FAILED) != 0);
    }

    @Test
    void missingRequiredFeatureIsRefused() {
        FakeMmioDevice dev = new FakeMmioDevice(mem, 1, Features.VERSION_1);
        assertThrows(VirtioException.class, () -> DeviceSetup.negotiate(dev.transport(), 0, 1L << 5));
        assertTrue((dev.status & Status.FAILED) != 0);
    }

    @Test
    void mmioProbe() {
        FakeMmioDevice dev = new FakeMmioDevice(mem, 4, Features.VERSION_1);
        assertEquals(4, dev.transport().deviceId());
        assertEquals(5, dev.transport().interruptLine());
        dev.magic = 0;
        assertNull(dev.transport(), "no virtio device here");
        dev.magic = MmioTransport.MAGIC;
        dev.deviceId = 0;
        assertNull(dev.transport(), "empty slot");
        dev.deviceId = 4;
        dev.version = 1;
        VirtioException e = assertThrows(VirtioException.class, dev::transport);
        assertTrue(e.getMessage().contains("version 1"), e.getMessage());
    }

    @Test
    void interruptStatusIsAcknowledged() {
        FakeMmioDevice dev = new FakeMmioDevice(mem, 4, Features.VERSION_1);
        dev.interruptStatus = 3;
        assertEquals(3, dev.transport().takeInterruptStatus());
        assertEquals(0, dev.interruptStatus);
    }
}
