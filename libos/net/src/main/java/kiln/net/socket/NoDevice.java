package kiln.net.socket;

import kiln.net.NetworkInterface;
import kiln.net.PacketBuffer;

/**
 * The "device" of a host without a network card: nothing leaves and nothing arrives, so only the
 * loopback addresses (127/8, handled inside the IP layer) work. The MTU is the IPv4 maximum, as on
 * a loopback interface, so loopback TCP moves large segments.
 */
final class NoDevice implements NetworkInterface {
    /** A locally administered unicast address (IEEE 802: second-lowest bit of the first octet). */
    private static final byte[] MAC = {0x02, 0, 0, 0, 0, 0x01};

    @Override
    public boolean transmit(PacketBuffer frame) {
        return false;
    }

    @Override
    public PacketBuffer receive() {
        return null;
    }

    @Override
    public byte[] mac() {
        return MAC.clone();
    }

    @Override
    public int mtu() {
        return 65535;
    }
}
