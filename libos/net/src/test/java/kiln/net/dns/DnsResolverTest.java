package kiln.net.dns;

import static kiln.net.TwoHosts.IP_B;
import static kiln.net.TwoHosts.SECOND;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import kiln.net.Drop;
import kiln.net.IpAddr;
import kiln.net.PcapOnFailure;
import kiln.net.TwoHosts;
import kiln.net.sim.SeededEntropy;
import kiln.net.sim.SimLink;
import kiln.net.udp.UdpSocket;

/** The resolver on A against a scripted responder on B (port 53) that encodes its replies by hand. */
class DnsResolverTest {
    @RegisterExtension
    static final PcapOnFailure CAPTURE = new PcapOnFailure();

    private static final int WWW = IpAddr.parse("192.0.2.80");

    private TwoHosts h;
    private DnsResolver resolver;
    private UdpSocket server;
    /** Builds the reply to a query (given the query's bytes); null means stay silent. */
    private Function<byte[], byte[]> responder;
    private int queries;

    private void setUp(Function<byte[], byte[]> r) {
        h = new TwoHosts(31, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        server = h.b.udp().open(53);
        responder = r;
        resolver = new DnsResolver(h.a, new SeededEntropy(99), IP_B);
        byte[] buf = new byte[600];
        h.sim.addActor(() -> {
            int n;
            while ((n = server.receive(buf, 0, buf.length)) >= 0) {
                queries++;
                byte[] reply = responder.apply(Arrays.copyOf(buf, n));
                if (reply != null) {
                    server.sendTo(server.sourceIp(), server.sourcePort(), reply, 0, reply.length);
                }
            }
        });
    }

    private DnsQuery run(String name) {
        DnsQuery q = resolver.resolve(name);
        h.sim.runUntil(q::isDone, 30 * SECOND);
        return q;
    }

    /** Reply = header (id of query, flags), the query's question, then the given answer bytes. */
    private static byte[] reply(byte[] query, int flags, int answers, byte[]... records) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.write(query[0]);
        o.write(query[1]);
        o.write(flags >>> 8);
        o.write(flags);
        o.writeBytes(new byte[] {0, 1, 0, (byte) answers, 0, 0, 0, 0});
        o.write(query, 12, query.length - 12);
        for (byte[] r : records) {
            o.writeBytes(r);
        }
        return o.toByteArray();
    }

    /** An answer record: owner (wire bytes), type, class IN, ttl, rdata. */
    private static byte[] record(byte[] owner, int type, long ttl, byte[] rdata) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(owner);
        o.writeBytes(new byte[] {0, (byte) type, 0, 1, (byte) (ttl >>> 24), (byte) (ttl >>> 16), (byte) (ttl >>> 8), (byte) ttl,
                (byte) (rdata.length >>> 8), (byte) rdata.length});
        o.writeBytes(rdata);
        return o.toByteArray();
    }

    private static final byte[] PTR_QNAME = {(byte) 0xc0, 12};
    private static final byte[] A_WWW = {(byte) 192, 0, 2, 80};

    @Test
    void queryBytesAreRfc1035() {
        byte[] d = new byte[64];
        int n = DnsMessage.writeQuery(d, 0x1234, "www.example.com");
        assertEquals(kiln.net.Hex.string(kiln.net.Hex.bytes("12 34 01 00 00 01 00 00 00 00 00 00"
                + " 03 77 77 77 07 65 78 61 6d 70 6c 65 03 63 6f 6d 00 00 01 00 01"), 0, 33), kiln.net.Hex.string(d, 0, n));
    }

    @Test
    void resolvesWithCompressedOwnerAndCaches() {
        setUp(q -> reply(q, 0x8180, 1, record(PTR_QNAME, 1, 300, A_WWW)));
        DnsQuery q = run("WWW.Example.com.");
        assertEquals(DnsQuery.State.DONE, q.state(), q.error());
        assertArrayEquals(new int[] {WWW}, q.addresses());
        assertEquals(1, queries);
        DnsQuery again = resolver.resolve("www.example.com");
        assertEquals(DnsQuery.State.DONE, again.state(), "answered from the cache");
        assertEquals(1, queries);
        h.sim.run(301 * SECOND);
        assertEquals(DnsQuery.State.DONE, run("www.example.com").state());
        assertEquals(2, queries, "the TTL ran out");
    }

    @Test
    void followsCnameChain() {
        // www.example.com CNAME web.example.com (compressed: "web" + pointer to "example.com" at 16), then its A.
        byte[] target = {3, 'w', 'e', 'b', (byte) 0xc0, 16};
        setUp(q -> {
            int webAt = q.length + 12; // offset of the CNAME's rdata in the reply
            return reply(q, 0x8180, 2, record(PTR_QNAME, 5, 60, target),
                    record(new byte[] {(byte) 0xc0, (byte) webAt}, 1, 60, A_WWW));
        });
        DnsQuery q = run("www.example.com");
        assertEquals(DnsQuery.State.DONE, q.state(), q.error());
        assertArrayEquals(new int[] {WWW}, q.addresses());
    }

    @Test
    void nxdomainAndServerFailureAndNoRecords() {
        setUp(q -> reply(q, 0x8183, 0));
        assertEquals("cannot resolve \"nope.example\": no such name", run("nope.example").error());
        responder = q -> reply(q, 0x8182, 0);
        assertEquals("cannot resolve \"x.example\": server error (rcode 2)", run("x.example").error());
        responder = q -> reply(q, 0x8180, 1, record(PTR_QNAME, 16, 60, new byte[] {1, 'x'}));
        assertEquals("cannot resolve \"t.example\": no A record", run("t.example").error());
    }

    @Test
    void timesOutAfterRetries() {
        setUp(q -> null);
        long start = h.clock.nanoTime();
        DnsQuery q = run("slow.example");
        assertEquals(DnsQuery.State.FAILED, q.state());
        assertEquals(3, queries);
        assertEquals(6 * SECOND, h.clock.nanoTime() - start, 10_000_000);
        assertTrue(q.error().contains("after 3 tries"), q.error());
    }

    @Test
    void badNamesFailAtOnceAndLiteralsNeedNoQuery() {
        setUp(q -> null);
        assertEquals("cannot resolve \"a..b\": label of length 0 (must be 1..63)", resolver.resolve("a..b").error());
        assertEquals(DnsQuery.State.FAILED, resolver.resolve("bad name").state());
        assertEquals(DnsQuery.State.FAILED, resolver.resolve("x".repeat(64) + ".com").state());
        assertArrayEquals(new int[] {IpAddr.parse("10.1.2.3")}, resolver.resolve("10.1.2.3").addresses());
        assertEquals(0, queries);
    }

    /** Each hostile reply is ignored (counted); the query then succeeds on the good reply that follows it. */
    private void hostileThenGood(Function<byte[], byte[]> hostile, Drop expected) {
        setUp(null);
        responder = q -> {
            byte[] bad = hostile.apply(q);
            server.sendTo(server.sourceIp(), server.sourcePort(), bad, 0, bad.length);
            return reply(q, 0x8180, 1, record(PTR_QNAME, 1, 60, A_WWW));
        };
        DnsQuery q = run("www.example.com");
        assertEquals(DnsQuery.State.DONE, q.state(), q.error());
        assertEquals(1, h.a.stats().drops(expected), h.a.stats().toString());
    }

    @Test
    void wrongIdIsIgnored() {
        hostileThenGood(q -> {
            byte[] r = reply(q, 0x8180, 1, record(PTR_QNAME, 1, 60, new byte[] {6, 6, 6, 6}));
            r[1] ^= 1;
            return r;
        }, Drop.DNS_WRONG_ID);
    }

    @Test
    void truncatedReplyIsIgnored() {
        hostileThenGood(q -> {
            byte[] r = reply(q, 0x8180, 1, record(PTR_QNAME, 1, 60, A_WWW));
            return Arrays.copyOf(r, r.length - 3);
        }, Drop.DNS_MALFORMED);
    }

    @Test
    void compressionLoopIsIgnored() {
        // The answer's owner points at itself.
        hostileThenGood(q -> {
            int self = q.length;
            return reply(q, 0x8180, 1, record(new byte[] {(byte) 0xc0, (byte) self}, 1, 60, A_WWW));
        }, Drop.DNS_MALFORMED);
    }

    @Test
    void twoPointerLoopAndPointerPastTheEndAreIgnored() {
        hostileThenGood(q -> {
            int at = q.length; // owner: pointer to at+2, which points back to at
            return reply(q, 0x8180, 1, record(new byte[] {(byte) 0xc0, (byte) (at + 2), (byte) 0xc0, (byte) at}, 1, 60, A_WWW));
        }, Drop.DNS_MALFORMED);
    }

    @Test
    void answerToAnotherQuestionIsIgnored() {
        hostileThenGood(q -> {
            byte[] r = reply(q, 0x8180, 1, record(PTR_QNAME, 1, 60, A_WWW));
            r[13] = 'x'; // www -> xww in the question
            return r;
        }, Drop.DNS_MALFORMED);
    }

    @Test
    void replyFromAnotherPortIsIgnored() {
        setUp(null);
        UdpSocket spoof = h.b.udp().open(5353);
        responder = q -> {
            byte[] r = reply(q, 0x8180, 1, record(PTR_QNAME, 1, 60, new byte[] {6, 6, 6, 6}));
            spoof.sendTo(server.sourceIp(), server.sourcePort(), r, 0, r.length);
            return reply(q, 0x8180, 1, record(PTR_QNAME, 1, 60, A_WWW));
        };
        DnsQuery q = run("www.example.com");
        assertArrayEquals(new int[] {WWW}, q.addresses());
        assertEquals(1, h.a.stats().drops(Drop.DNS_WRONG_SOURCE));
    }

    @Test
    void truncationFlagFailsClearly() {
        setUp(q -> reply(q, 0x8380, 0));
        assertEquals("cannot resolve \"big.example\": reply truncated (DNS over TCP is not supported)", run("big.example").error());
    }
}
