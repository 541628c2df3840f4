import kiln.net.PacketBuffer;
import kiln.virtio.HwMemory;
import kiln.virtio.Discovery;
import kiln.virtio.Transport;
import kiln.virtio.VirtioNet;

/**
 * Boots with --net socket:HOST:PORT (a test peer on the host): sends N raw Ethernet frames of
 * EtherType 0x88B5 (IEEE 802 local experimental) in one batch, then waits for the peer's N
 * replies, each carrying the request's sequence number and its payload reversed.
 */
public class Main {
    static final int N = 20;

    public static void main(String[] args) {
        Transport t = Discovery.find(VirtioNet.DEVICE_ID);
        if (t == null) {
            System.out.println("no virtio-net device");
            System.exit(1);
        }
        VirtioNet net = new VirtioNet(t, HwMemory.INSTANCE, 64, 32);
        byte[] mac = net.mac();
        StringBuilder m = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            m.append(i == 0 ? "" : ":").append(String.format("%02x", mac[i] & 0xff));
        }
        System.out.println("mac " + m + " mtu " + net.mtu() + " link " + (net.linkUp() ? "up" : "down"));
        PacketBuffer[] frames = new PacketBuffer[N];
        for (int i = 0; i < N; i++) {
            String text = "hello " + i + " from kiln";
            PacketBuffer p = new PacketBuffer(14 + 2 + text.length() + 40);
            for (int k = 0; k < 6; k++) {
                p.put8(k, 0xff);
                p.put8(6 + k, mac[k]);
            }
            p.put16(12, 0x88b5);
            p.put16(14, i);
            for (int k = 0; k < text.length(); k++) {
                p.put8(16 + k, text.charAt(k));
            }
            p.end = Math.max(60, 16 + text.length()); // pad to the Ethernet minimum
            frames[i] = p;
        }
        int sent = net.transmitBatch(frames, N);
        System.out.println("sent " + sent + " frames");
        int got = 0;
        boolean inOrder = true;
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (got < N && System.nanoTime() - deadline < 0) {
            PacketBuffer r = net.receive();
            net.poll();
            if (r == null) {
                continue;
            }
            if (r.u16(12) != 0x88b5) {
                continue; // not the test's protocol
            }
            boolean toUs = true;
            for (int k = 0; k < 6; k++) {
                toUs &= r.u8(k) == (mac[k] & 0xff);
            }
            int seq = r.u16(14);
            String want = new StringBuilder("hello " + seq + " from kiln").reverse().toString();
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < want.length() && 16 + k < r.length(); k++) {
                text.append((char) r.u8(16 + k));
            }
            if (!toUs || seq != got || !text.toString().equals(want)) {
                inOrder = false;
                System.out.println("unexpected reply: seq " + seq + " text '" + text + "' to us " + toUs);
            }
            got++;
        }
        System.out.println("received " + got + " replies, all correct and in order: " + inOrder);
        System.out.println("dropped " + net.rxDropped());
    }
}
