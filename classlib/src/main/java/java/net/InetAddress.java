package java.net;

import java.io.IOException;

import kiln.net.IpAddr;

/**
 * An IPv4 address, with the host name it was looked up by (Kiln's network stack is IPv4 only:
 * IPv6 literals fail with UnknownHostException saying so). Names resolve through the stack's DNS
 * stub resolver; "localhost" is 127.0.0.1, as in a hosts file. Reverse lookups are not made: the
 * host name of an address created from a literal is the literal itself (what the JDK returns when
 * a reverse lookup finds nothing), except for 127.0.0.1, which is "localhost".
 */
public class InetAddress implements java.io.Serializable {
    final int address;
    String hostName;

    InetAddress(String hostName, int address) {
        this.hostName = hostName;
        this.address = address;
    }

    public static InetAddress getByName(String host) throws UnknownHostException {
        return getAllByName(host)[0];
    }

    public static InetAddress[] getAllByName(String host) throws UnknownHostException {
        if (host == null || host.isEmpty()) {
            return new InetAddress[] {getLoopbackAddress()};
        }
        if (host.charAt(0) == '[' || host.indexOf(':') >= 0) {
            throw new UnknownHostException(host + ": IPv6 is not supported by Kiln's network stack");
        }
        Integer literal = literal(host);
        if (literal != null) {
            return new InetAddress[] {new Inet4Address(null, literal)};
        }
        if (host.equalsIgnoreCase("localhost")) {
            return new InetAddress[] {new Inet4Address(host, IpAddr.parse("127.0.0.1"))};
        }
        int[] found;
        try {
            found = kiln.nio.SystemNetwork.stack().resolve(host, 10_000_000_000L);
        } catch (UnknownHostException e) {
            throw e;
        } catch (IOException e) {
            throw new UnknownHostException(host + ": " + e.getMessage());
        }
        InetAddress[] out = new InetAddress[found.length];
        for (int i = 0; i < found.length; i++) {
            out[i] = new Inet4Address(host, found[i]);
        }
        return out;
    }

    /** A dotted-quad literal's address, or null. */
    private static Integer literal(String s) {
        if (s.isEmpty() || !Character.isDigit(s.charAt(0)) || !Character.isDigit(s.charAt(s.length() - 1))) {
            return null;
        }
        try {
            return IpAddr.parse(s);
        } catch (IllegalArgumentException notALiteral) {
            return null;
        }
    }

    public static InetAddress ofLiteral(String literal) {
        java.util.Objects.requireNonNull(literal);
        Integer a = literal(literal);
        if (a == null) {
            throw new IllegalArgumentException("Invalid IP address literal: " + literal);
        }
        return new Inet4Address(null, a);
    }

    public static InetAddress getByAddress(byte[] addr) throws UnknownHostException {
        return getByAddress(null, addr);
    }

    public static InetAddress getByAddress(String host, byte[] addr) throws UnknownHostException {
        if (addr == null || addr.length != 4) {
            throw new UnknownHostException(addr != null && addr.length == 16
                    ? "IPv6 is not supported by Kiln's network stack" : "addr is of illegal length");
        }
        return new Inet4Address(host, IpAddr.read(addr, 0));
    }

    public static InetAddress getLoopbackAddress() {
        return new Inet4Address("localhost", IpAddr.parse("127.0.0.1"));
    }

    /** This host: the boot property net.hostname (default "kiln") with the interface's address. */
    public static InetAddress getLocalHost() throws UnknownHostException {
        int a;
        try {
            a = kiln.nio.SystemNetwork.stack().localAddress();
        } catch (IOException e) {
            throw new UnknownHostException(e.getMessage());
        }
        return new Inet4Address(System.getProperty("net.hostname", "kiln"), a);
    }

    public String getHostName() {
        if (hostName == null) {
            hostName = address == IpAddr.parse("127.0.0.1") ? "localhost" : getHostAddress();
        }
        return hostName;
    }

    public String getCanonicalHostName() {
        return getHostName();
    }

    public String getHostAddress() {
        return IpAddr.format(address);
    }

    public byte[] getAddress() {
        byte[] b = new byte[4];
        IpAddr.write(b, 0, address);
        return b;
    }

    public boolean isLoopbackAddress() {
        return (address >>> 24) == 127;
    }

    public boolean isAnyLocalAddress() {
        return address == 0;
    }

    public boolean isMulticastAddress() {
        return IpAddr.isMulticast(address);
    }

    public boolean isLinkLocalAddress() {
        return (address >>> 16) == 0xa9fe; // 169.254/16
    }

    public boolean isSiteLocalAddress() {
        int a = address >>> 24, b = (address >>> 16) & 0xff;
        return a == 10 || (a == 172 && (b & 0xf0) == 16) || (a == 192 && b == 168);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InetAddress other && other.address == address;
    }

    @Override
    public int hashCode() {
        return address;
    }

    @Override
    public String toString() {
        return (hostName != null ? hostName : "") + "/" + getHostAddress();
    }
}
