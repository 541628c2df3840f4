package kiln.virtio;

import java.io.IOException;

import kiln.net.Entropy;
import kiln.net.IpConfig;
import kiln.net.dhcp.DhcpClient;
import kiln.net.iface.NetStack;
import kiln.net.socket.SocketStack;
import kiln.net.tcp.TcpConfig;

/**
 * Brings up an image's network: the first virtio-net device, the TCP/IP stack on it, and its
 * address — static from the boot properties {@code net.ip=A.B.C.D/N} (with optional
 * {@code net.gw} and {@code net.dns}), otherwise by DHCP (RFC 2131), waiting at most
 * {@code net.dhcp.timeout} seconds (default 10) for the lease. With {@code kiln.net.report=1} it
 * prints the device, the address and how the driver waits (interrupt or polling) on stderr.
 */
public final class NetworkBoot {
    private NetworkBoot() {}

    /** About 100 KiB of device memory each way: a 64 KiB TCP window fits in flight, as a burst of frames. */
    private static final int RX_BUFFERS = 64;
    private static final int TX_BUFFERS = 64;

    /** The started stack, or null if the machine has no virtio-net device. */
    public static SocketStack start(Entropy entropy) throws IOException {
        Transport t = Discovery.find(VirtioNet.DEVICE_ID);
        if (t == null) {
            return null;
        }
        VirtioNet nic = new VirtioNet(t, HwMemory.INSTANCE, RX_BUFFERS, TX_BUFFERS);
        NetStack ip = new NetStack(nic, System::nanoTime, entropy);
        VirtioNetWaiter waiter = new VirtioNetWaiter(nic);
        SocketStack stack = new SocketStack(ip, new TcpConfig(), entropy, waiter);
        long t0 = System.nanoTime();
        String cidr = System.getProperty("net.ip");
        if (cidr != null) {
            IpConfig c;
            try {
                c = IpConfig.parse(cidr, System.getProperty("net.gw"), System.getProperty("net.dns"));
            } catch (IllegalArgumentException e) {
                throw new IOException("bad network boot property: " + e.getMessage());
            }
            stack.withLock(() -> ip.configure(c));
            stack.start();
            report(t, waiter, c, "static", t0);
            return stack;
        }
        DhcpClient dhcp = new DhcpClient(ip, entropy);
        stack.withLock(dhcp::start);
        stack.start();
        long timeout = dhcpTimeoutSeconds();
        long deadline = System.nanoTime() + timeout * 1_000_000_000L;
        if (!stack.awaitProgress(() -> dhcp.lease() != null, deadline)) {
            throw new IOException("no DHCP lease within " + timeout + " s on " + t.describe()
                    + " (configure the address with the boot property net.ip=A.B.C.D/N, e.g. kiln run -D net.ip=10.0.2.15/24)");
        }
        IpConfig[] lease = new IpConfig[1];
        stack.withLock(() -> lease[0] = dhcp.lease());
        report(t, waiter, lease[0], "DHCP", t0);
        return stack;
    }

    private static void report(Transport t, VirtioNetWaiter w, IpConfig c, String how, long t0) {
        String r = System.getProperty("kiln.net.report", "");
        if (r.equals("1") || r.equals("true")) {
            System.err.println("kiln: net: " + t.describe() + ", " + c + " (" + how + ", " + (System.nanoTime() - t0) / 1000
                    + " us), " + (w.usesInterrupts() ? "interrupt-driven" : "polled every 1 ms"));
        }
    }

    private static long dhcpTimeoutSeconds() throws IOException {
        String v = System.getProperty("net.dhcp.timeout", "10");
        try {
            long s = Long.parseLong(v);
            if (s > 0) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IOException("bad boot property net.dhcp.timeout=" + v + " (expected a positive number of seconds)");
    }
}
