package kiln.net;

import kiln.net.iface.NetStack;
import kiln.net.iface.StackLimits;
import kiln.net.sim.PcapWriter;
import kiln.net.sim.SeededEntropy;
import kiln.net.sim.SimLink;
import kiln.net.sim.Simulation;
import kiln.net.sim.VirtualClock;

/** Test fixture: hosts A (10.0.0.1/24) and B (10.0.0.2/24) on one simulated cable, traffic captured to pcap. */
public final class TwoHosts {
    public static final int IP_A = IpAddr.parse("10.0.0.1");
    public static final int IP_B = IpAddr.parse("10.0.0.2");
    public static final byte[] MAC_A = {0x02, 0, 0, 0, 0, 0x0a};
    public static final byte[] MAC_B = {0x02, 0, 0, 0, 0, 0x0b};
    public static final long MS = 1_000_000L;
    public static final long SECOND = 1_000_000_000L;

    public final VirtualClock clock = new VirtualClock(1_000 * SECOND);
    public final SimLink link;
    public final NetStack a;
    public final NetStack b;
    public final Simulation sim;

    public TwoHosts(long seed, SimLink.Conditions conditions, PcapWriter pcap) {
        this(seed, conditions, pcap, StackLimits.DEFAULTS, 1500);
    }

    public TwoHosts(long seed, SimLink.Conditions conditions, PcapWriter pcap, StackLimits limits, int mtu) {
        link = new SimLink(clock, seed, conditions, MAC_A, MAC_B, mtu);
        if (pcap != null) {
            link.setTap(pcap::write);
        }
        a = new NetStack(link.a(), clock, new SeededEntropy(seed + 1), limits);
        b = new NetStack(link.b(), clock, new SeededEntropy(seed + 2), limits);
        a.configure(new IpConfig(IP_A, 24, 0, 0));
        b.configure(new IpConfig(IP_B, 24, 0, 0));
        sim = new Simulation(clock).add(a).add(b).add(link);
    }
}
