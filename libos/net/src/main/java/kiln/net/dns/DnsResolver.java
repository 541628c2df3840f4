package kiln.net.dns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import kiln.net.Drop;
import kiln.net.Entropy;
import kiln.net.IpAddr;
import kiln.net.Pollable;
import kiln.net.iface.NetStack;
import kiln.net.udp.UdpSocket;

/**
 * A stub resolver (RFC 1035 §7, RFC 1123 §6.1.3): A records over UDP from one recursive server, with
 * per-try timeouts, a few retries, a small TTL-bounded cache, and 16-bit query ids from the entropy
 * source (RFC 5452 §9.2). Non-blocking: {@link #resolve} starts a query, the stack's poll loop
 * drives it, the caller polls {@link DnsQuery#state()}.
 *
 * <p>Replies are accepted only from the server's port 53 with an outstanding id and a matching
 * question; anything else is counted and ignored, so a forged or garbled reply cannot end a query.
 * Not done: TCP fallback for truncated replies (reported as a failure), AAAA, negative caching,
 * a fresh source port per query (the resolver keeps one random port).
 */
public final class DnsResolver implements Pollable {
    private static final long SECOND = 1_000_000_000L;
    private static final int PORT = 53;
    private static final int CACHE_ENTRIES = 64;
    /** Cap on cached TTLs: one day (RFC 2181 §8 allows larger, but a stub need not keep them). */
    private static final long MAX_TTL = 86_400;

    private final NetStack stack;
    private final Entropy entropy;
    private final int server;
    private final long timeout;
    private final int maxTries;
    private final UdpSocket socket;
    private final ArrayList<DnsQuery> pending = new ArrayList<>();
    private final byte[] out = new byte[512];
    private final byte[] in = new byte[1500];
    private final DnsMessage reply = new DnsMessage();
    private final LinkedHashMap<String, CacheEntry> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CacheEntry> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };

    private record CacheEntry(int[] addresses, long expires) {
    }

    /** A resolver asking {@code server} (port 53), waiting {@code timeoutNanos} per try, {@code maxTries} tries. */
    public DnsResolver(NetStack stack, Entropy entropy, int server, long timeoutNanos, int maxTries) {
        if (server == 0) {
            throw new IllegalArgumentException("no DNS server configured (net.dns)");
        }
        this.stack = stack;
        this.entropy = entropy;
        this.server = server;
        this.timeout = timeoutNanos;
        this.maxTries = maxTries;
        this.socket = stack.udp().open(0, 16);
        stack.addPollable(this);
    }

    public DnsResolver(NetStack stack, Entropy entropy, int server) {
        this(stack, entropy, server, 2 * SECOND, 3);
    }

    /** A resolver asking the server of the stack's current configuration (net.dns or DHCP option 6). */
    public static DnsResolver forConfiguredServer(NetStack stack, Entropy entropy) {
        if (stack.config() == null) {
            throw new IllegalStateException("the interface has no IPv4 configuration yet (no net.ip and no DHCP lease)");
        }
        return new DnsResolver(stack, entropy, stack.config().dns());
    }

    /** Starts resolving {@code host}; an address literal or a cached name is answered at once. */
    public DnsQuery resolve(String host) {
        String n = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        n = n.toLowerCase();
        DnsQuery q = new DnsQuery(n);
        try {
            q.succeed(new int[] {IpAddr.parse(n)});
            return q;
        } catch (IllegalArgumentException notLiteral) {
            // a name: go on
        }
        String bad = DnsMessage.checkName(n);
        if (bad != null) {
            q.fail(bad);
            return q;
        }
        long now = stack.clock().nanoTime();
        CacheEntry c = cache.get(n);
        if (c != null && c.expires > now) {
            q.succeed(c.addresses.clone());
            return q;
        }
        q.id = freshId();
        pending.add(q);
        send(q, now);
        return q;
    }

    private int freshId() {
        while (true) {
            int id = (int) (entropy.nextLong() & 0xffff);
            boolean used = false;
            for (DnsQuery q : pending) {
                used |= q.id == id;
            }
            if (!used) {
                return id;
            }
        }
    }

    private void send(DnsQuery q, long now) {
        int n = DnsMessage.writeQuery(out, q.id, q.name);
        q.tries++;
        q.deadline = now + timeout;
        socket.sendTo(server, PORT, out, 0, n);
    }

    /** Entries in the cache (tests). */
    public int cached() {
        return cache.size();
    }

    @Override
    public long nextDeadline() {
        if (socket.available() > 0) {
            return 0;
        }
        long t = Long.MAX_VALUE;
        for (DnsQuery q : pending) {
            t = Math.min(t, q.deadline);
        }
        return t;
    }

    @Override
    public void poll(long now) {
        int n;
        while ((n = socket.receive(in, 0, in.length)) >= 0) {
            if (socket.sourceIp() != server || socket.sourcePort() != PORT) {
                stack.stats().drop(Drop.DNS_WRONG_SOURCE);
                continue;
            }
            DnsQuery q = byId(DnsMessage.peekId(in, n));
            if (q == null) {
                stack.stats().drop(Drop.DNS_WRONG_ID);
                continue;
            }
            Drop r = reply.parseResponse(in, n, q.name);
            if (r != null) {
                stack.stats().drop(r);
                continue;
            }
            answer(q, now);
        }
        for (int i = pending.size() - 1; i >= 0; i--) {
            DnsQuery q = pending.get(i);
            if (q.deadline <= now) {
                if (q.tries < maxTries) {
                    send(q, now);
                } else {
                    pending.remove(i);
                    q.fail("no answer from " + IpAddr.format(server) + " after " + q.tries + " tries");
                }
            }
        }
    }

    private DnsQuery byId(int id) {
        for (DnsQuery q : pending) {
            if (q.id == id) {
                return q;
            }
        }
        return null;
    }

    private void answer(DnsQuery q, long now) {
        pending.remove(q);
        if (reply.truncated) {
            q.fail("reply truncated (DNS over TCP is not supported)");
        } else if (reply.rcode == DnsMessage.RCODE_NXDOMAIN) {
            q.fail("no such name");
        } else if (reply.rcode != 0) {
            q.fail("server error (rcode " + reply.rcode + ")");
        } else if (reply.addressCount == 0) {
            q.fail("no A record");
        } else {
            int[] a = Arrays.copyOf(reply.addresses, reply.addressCount);
            long ttl = Math.min(reply.ttl, MAX_TTL);
            if (ttl > 0) {
                cache.put(q.name, new CacheEntry(a, now + ttl * SECOND));
            }
            q.succeed(a.clone());
        }
    }
}
