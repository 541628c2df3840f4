package java.nio.channels;

/** A socket address whose host name could not be resolved. */
public class UnresolvedAddressException extends IllegalArgumentException {
    public UnresolvedAddressException() {}
}
