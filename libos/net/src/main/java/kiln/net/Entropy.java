package kiln.net;

/** Unpredictable bits (initial sequence numbers, ports, DHCP/DNS ids); seeded in simulations. */
public interface Entropy {
    long nextLong();
}
