package kiln.nio;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;

import kiln.net.IpAddr;

/** Address conversions between java.net and the stack's int IPv4 addresses, with the JDK's checks. */
final class Net {
    private Net() {}

    static final int LOOPBACK = 0x7f000001;

    /** A channel's target address: resolved, IPv4, as the JDK's channels check it. */
    static InetSocketAddress checkAddress(SocketAddress sa) {
        if (sa == null) {
            throw new NullPointerException();
        }
        if (!(sa instanceof InetSocketAddress isa)) {
            throw new UnsupportedAddressTypeException();
        }
        if (isa.isUnresolved()) {
            throw new UnresolvedAddressException();
        }
        return isa;
    }

    /** The stack's form of an address; the wildcard means this host, as connect() takes it on Linux. */
    static int remoteIp(InetSocketAddress isa) {
        int ip = IpAddr.read(isa.getAddress().getAddress(), 0);
        return ip == 0 ? LOOPBACK : ip;
    }

    static int ip(InetAddress a) {
        return IpAddr.read(a.getAddress(), 0);
    }

    static InetAddress inet(int ip) {
        byte[] b = new byte[4];
        IpAddr.write(b, 0, ip);
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException impossible) {
            throw new AssertionError(impossible);
        }
    }

    static InetSocketAddress socketAddress(int ip, int port) {
        return new InetSocketAddress(inet(ip), port);
    }
}
