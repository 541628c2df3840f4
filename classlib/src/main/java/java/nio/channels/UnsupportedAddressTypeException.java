package java.nio.channels;

/** A socket was given an address of a kind it does not support (not an InetSocketAddress). */
public class UnsupportedAddressTypeException extends IllegalArgumentException {
    public UnsupportedAddressTypeException() {}
}
