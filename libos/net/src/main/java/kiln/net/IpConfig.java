package kiln.net;

/**
 * The IPv4 configuration of one interface, from DHCP or from boot arguments
 * ({@code net.ip=10.0.2.15/24 net.gw=10.0.2.2 net.dns=10.0.2.3}). Addresses are ints in network order;
 * 0 for gateway or dns means "none".
 */
public record IpConfig(int address, int prefixLength, int gateway, int dns) {
    public IpConfig {
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length out of range 0..32: " + prefixLength);
        }
    }

    /**
     * Parses static configuration. {@code cidr} is "a.b.c.d/len" (the prefix is required, so a typo
     * cannot silently become a /32); {@code gateway} and {@code dns} are dotted quads or null/empty.
     * Errors name the key and the bad value.
     */
    public static IpConfig parse(String cidr, String gateway, String dns) {
        if (cidr == null || cidr.isEmpty()) {
            throw new IllegalArgumentException("net.ip is missing (expected e.g. 10.0.2.15/24)");
        }
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("net.ip \"" + cidr + "\" has no prefix length (expected e.g. 10.0.2.15/24)");
        }
        int address = parseKey("net.ip", cidr.substring(0, slash));
        String lenText = cidr.substring(slash + 1);
        int len = -1;
        if (!lenText.isEmpty() && lenText.length() <= 2) {
            len = 0;
            for (int i = 0; i < lenText.length(); i++) {
                char c = lenText.charAt(i);
                len = (c >= '0' && c <= '9') ? len * 10 + (c - '0') : 99;
            }
        }
        if (len < 0 || len > 32) {
            throw new IllegalArgumentException("net.ip \"" + cidr + "\": prefix length \"" + lenText + "\" is not 0..32");
        }
        int gw = optional("net.gw", gateway);
        int ns = optional("net.dns", dns);
        IpConfig c = new IpConfig(address, len, gw, ns);
        if (gw != 0 && !c.onLink(gw)) {
            throw new IllegalArgumentException("net.gw " + gateway + " is not inside net.ip " + cidr);
        }
        return c;
    }

    private static int optional(String key, String value) {
        return value == null || value.isEmpty() ? 0 : parseKey(key, value);
    }

    private static int parseKey(String key, String value) {
        try {
            return IpAddr.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " \"" + value + "\" is not an IPv4 address (expected e.g. 10.0.2.2)");
        }
    }

    public int netmask() {
        return IpAddr.mask(prefixLength);
    }

    /** True if {@code ip} is in this interface's subnet, so it is reached directly, not via the gateway. */
    public boolean onLink(int ip) {
        return ((ip ^ address) & netmask()) == 0;
    }

    /** The subnet's directed broadcast address (RFC 919/922); none for /31 and /32. */
    public boolean isSubnetBroadcast(int ip) {
        return prefixLength < 31 && ip == (address | ~netmask());
    }

    @Override
    public String toString() {
        return IpAddr.format(address) + "/" + prefixLength + (gateway != 0 ? " gw " + IpAddr.format(gateway) : "")
                + (dns != 0 ? " dns " + IpAddr.format(dns) : "");
    }
}
