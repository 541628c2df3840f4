package java.net;

/** An IPv4 address (the only kind Kiln's network stack has). */
public final class Inet4Address extends InetAddress {
    Inet4Address(String hostName, int address) {
        super(hostName, address);
    }
}
