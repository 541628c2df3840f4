package kiln.net.iface;

import static kiln.net.TwoHosts.IP_A;
import static kiln.net.TwoHosts.IP_B;
import static kiln.net.TwoHosts.SECOND;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import kiln.net.Drop;
import kiln.net.IpOutput;
import kiln.net.PacketBuffer;
import kiln.net.PcapOnFailure;
import kiln.net.ProtocolHandler;
import kiln.net.TwoHosts;
import kiln.net.sim.SimLink;
import kiln.net.wire.Ipv4;

/** The way TCP plugs in: a handler for protocol 6, sending through the stack as its IpOutput. */
class ProtocolRegistrationTest {
    @RegisterExtension
    static final PcapOnFailure CAPTURE = new PcapOnFailure();

    @Test
    void registeredTransportReceivesAndSends() {
        TwoHosts h = new TwoHosts(41, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        List<String> got = new ArrayList<>();
        h.b.register(Ipv4.PROTO_TCP, (payload, src, dst) ->
                got.add(src + ">" + dst + ":" + Arrays.toString(Arrays.copyOfRange(payload.data, payload.start, payload.end))));
        IpOutput out = h.a;
        assertEquals(1480, out.maxPayload(IP_B));
        PacketBuffer seg = new PacketBuffer(PacketBuffer.HEADROOM + 4).resetForPayload();
        seg.end = seg.start + 4;
        seg.put32(0, 0x01020304);
        assertTrue(out.send(seg, IP_A, IP_B, Ipv4.PROTO_TCP));
        assertTrue(h.sim.runUntil(() -> !got.isEmpty(), SECOND));
        assertEquals(List.of(IP_A + ">" + IP_B + ":[1, 2, 3, 4]"), got);
    }

    @Test
    void unregisteredProtocolGetsProtocolUnreachableDeliveredToTheSender() {
        TwoHosts h = new TwoHosts(42, SimLink.Conditions.PERFECT, CAPTURE.pcap());
        int[] code = {-1};
        byte[][] quoted = new byte[1][];
        h.a.register(Ipv4.PROTO_TCP, new ProtocolHandler() {
            @Override
            public void receive(PacketBuffer payload, int srcIp, int dstIp) {
            }

            @Override
            public void destinationUnreachable(int c, PacketBuffer q) {
                code[0] = c;
                quoted[0] = Arrays.copyOfRange(q.data, q.start, q.end);
            }
        });
        PacketBuffer seg = new PacketBuffer(PacketBuffer.HEADROOM + 8).resetForPayload();
        seg.end = seg.start + 8;
        seg.put16(0, 40000);
        seg.put16(2, 80);
        h.a.send(seg, 0, IP_B, Ipv4.PROTO_TCP);
        assertTrue(h.sim.runUntil(() -> code[0] >= 0, SECOND));
        assertEquals(2, code[0]);
        assertEquals(1, h.b.stats().drops(Drop.IP_NO_HANDLER));
        // The quote is the original IPv4 header and the first 8 bytes: ports 40000 -> 80.
        assertEquals(28, quoted[0].length);
        assertArrayEquals(new byte[] {(byte) 0x9c, 0x40, 0, 80}, Arrays.copyOfRange(quoted[0], 20, 24));
    }
}
