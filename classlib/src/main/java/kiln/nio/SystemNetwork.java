package kiln.nio;

import java.io.IOException;
import java.net.SocketException;

import kiln.net.socket.SocketStack;
import kiln.virtio.NetworkBoot;

/**
 * The program's network stack, started by the first socket or name lookup: on an image with a
 * virtio-net device, the library OS's TCP/IP stack on that device (configured from the boot
 * properties net.ip/net.gw/net.dns, or by DHCP); otherwise (the linux target, or an image booted
 * without --net) a stack with only the loopback interface, so 127.0.0.1 works everywhere.
 * Public (in a package of the class library's own) because both java.net and the
 * java.nio.channels implementations in kiln.nio use it.
 */
public final class SystemNetwork {
    private SystemNetwork() {}

    private static SocketStack stack;
    private static String failure;

    public static synchronized SocketStack stack() throws IOException {
        if (stack == null) {
            if (failure != null) {
                throw new SocketException(failure);
            }
            try {
                stack = start();
            } catch (IOException | RuntimeException e) {
                failure = "the network did not start: " + e.getMessage();
                throw new SocketException(failure);
            }
        }
        return stack;
    }

    private static SocketStack start() throws IOException {
        kiln.net.Entropy entropy = Entropy.source();
        if (!kiln.rt.Platform.isHosted()) {
            SocketStack s = NetworkBoot.start(entropy);
            if (s != null) {
                return s;
            }
        }
        return SocketStack.loopbackOnly(entropy);
    }

    /**
     * Unpredictable bits for initial sequence numbers (RFC 6528's secret key), ephemeral ports and
     * DNS ids: SecureRandom, seeded from the platform's entropy (virtio-rng, RDSEED/RDRAND, getrandom).
     */
    private static final class Entropy {
        static kiln.net.Entropy source() {
            java.security.SecureRandom r = new java.security.SecureRandom();
            return r::nextLong;
        }
    }
}
