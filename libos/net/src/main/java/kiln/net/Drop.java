package kiln.net;

/**
 * Why the stack threw a frame, datagram or message away. Parsers of untrusted bytes never throw:
 * they return one of these, and {@link NetStats} counts it, so tests (and an operator) can see what
 * was rejected and why.
 */
public enum Drop {
    ETH_TRUNCATED,
    ETH_UNKNOWN_TYPE,
    ETH_NOT_FOR_US,
    ARP_MALFORMED,
    ARP_UNSUPPORTED,
    ARP_QUEUE_FULL,
    ARP_UNRESOLVED,
    ARP_TABLE_FULL,
    IP_TRUNCATED,
    IP_BAD_VERSION,
    IP_BAD_HEADER_LENGTH,
    IP_BAD_TOTAL_LENGTH,
    IP_BAD_CHECKSUM,
    IP_BAD_SOURCE,
    IP_NOT_FOR_US,
    IP_MULTICAST,
    IP_NO_HANDLER,
    IP_NO_ROUTE,
    IP_TOO_BIG,
    FRAG_MALFORMED,
    FRAG_DUPLICATE,
    FRAG_OVERLAP,
    FRAG_TOO_LONG,
    FRAG_TIMEOUT,
    FRAG_MEMORY,
    ICMP_MALFORMED,
    ICMP_BAD_CHECKSUM,
    ICMP_IGNORED,
    ICMP_RATE_LIMITED,
    UDP_MALFORMED,
    UDP_BAD_CHECKSUM,
    UDP_PORT_CLOSED,
    UDP_QUEUE_FULL,
    DEVICE_QUEUE_FULL,
    DHCP_MALFORMED,
    DHCP_IGNORED,
    DNS_MALFORMED,
    DNS_WRONG_ID,
    DNS_WRONG_SOURCE
}
