import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.*;
import java.nio.charset.StandardCharsets;

/** UDP over 127.0.0.1: an echo server thread, connected sockets, timeouts, truncation and the usual errors. */
public class Main {
    interface Step {
        Object run() throws Exception;
    }

    static void show(String what, Step s) {
        try {
            System.out.println(what + ": " + s.run());
        } catch (Exception e) {
            System.out.println(what + ": " + e);
        }
    }

    static String text(DatagramPacket p) {
        return new String(p.getData(), p.getOffset(), p.getLength(), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        InetAddress lo = InetAddress.getLoopbackAddress();
        DatagramSocket server = new DatagramSocket(0, lo);
        int port = server.getLocalPort();
        System.out.println("server bound: " + server.isBound() + ", port in range: " + (port > 0 && port < 65536)
                + ", connected: " + server.isConnected() + ", broadcast: " + server.getBroadcast()
                + ", local address: " + server.getLocalAddress());
        Thread echo = new Thread(() -> {
            byte[] buf = new byte[2048];
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                for (;;) {
                    server.receive(p);
                    String s = text(p);
                    if (s.equals("quit")) {
                        break;
                    }
                    byte[] reply = (s.toUpperCase() + " (" + p.getLength() + ")").getBytes(StandardCharsets.UTF_8);
                    server.send(new DatagramPacket(reply, reply.length, p.getSocketAddress()));
                }
                System.out.println("server: quit");
            } catch (IOException e) {
                System.out.println("server: " + e);
            }
        }, "udp-echo");
        echo.start();

        DatagramSocket client = new DatagramSocket();
        client.setSoTimeout(5000);
        byte[] in = new byte[2048];
        for (String w : new String[] {"hello", "grüße", "", "x".repeat(1400)}) {
            byte[] b = w.getBytes(StandardCharsets.UTF_8);
            client.send(new DatagramPacket(b, b.length, lo, port));
            DatagramPacket r = new DatagramPacket(in, in.length);
            client.receive(r);
            String t = text(r);
            System.out.println("client: " + (t.length() > 40 ? t.substring(0, 10) + "..." + t.substring(t.length() - 8) : t)
                    + " from server: " + (r.getPort() == port) + " " + r.getAddress());
        }

        // Connected: sends default to the peer, and the packet learns the peer's address.
        client.connect(new InetSocketAddress("127.0.0.1", port));
        System.out.println("connected: " + client.isConnected() + " to " + client.getInetAddress() + " same port: "
                + (client.getPort() == port) + " remote " + client.getRemoteSocketAddress().toString().replace(":" + port, ":PORT")
                + " local " + client.getLocalAddress());
        DatagramPacket q = new DatagramPacket("abc".getBytes(StandardCharsets.UTF_8), 3);
        client.send(q);
        System.out.println("packet now addressed to " + q.getAddress() + " same port: " + (q.getPort() == port));
        DatagramPacket r = new DatagramPacket(new byte[64], 4, 10);
        client.receive(r);
        System.out.println("truncated to the region: '" + text(r) + "' offset " + r.getOffset() + " length " + r.getLength());
        show("send elsewhere while connected", () -> {
            client.send(new DatagramPacket(new byte[1], 1, lo, port + 1 > 65535 ? 1 : port + 1));
            return "sent";
        });
        // A stranger's datagram does not reach a connected socket.
        DatagramSocket stranger = new DatagramSocket();
        stranger.send(new DatagramPacket(new byte[] {42}, 1, lo, client.getLocalPort()));
        client.send(new DatagramPacket("again".getBytes(StandardCharsets.UTF_8), 5));
        DatagramPacket r2 = new DatagramPacket(new byte[64], 64);
        client.receive(r2);
        System.out.println("after a stranger's datagram: " + text(r2));
        client.disconnect();
        System.out.println("disconnected: " + client.isConnected() + " " + client.getInetAddress() + " " + client.getPort());
        show("stranger's datagram, now unconnected, is gone", () -> {
            client.setSoTimeout(100);
            client.receive(new DatagramPacket(new byte[4], 4));
            return "received";
        });

        // A packet reused for receiving keeps its region: a longer datagram after a shorter one fits.
        DatagramSocket self = new DatagramSocket(0, lo);
        self.send(new DatagramPacket(new byte[5], 5, lo, self.getLocalPort()));
        self.send(new DatagramPacket(new byte[8], 8, lo, self.getLocalPort()));
        DatagramPacket reused = new DatagramPacket(new byte[10], 10);
        self.receive(reused);
        int first = reused.getLength();
        self.receive(reused);
        System.out.println("reused packet lengths: " + first + " " + reused.getLength());
        show("largest datagram", () -> {
            self.send(new DatagramPacket(new byte[65507], 65507, lo, self.getLocalPort()));
            DatagramPacket big = new DatagramPacket(new byte[70000], 70000);
            self.receive(big);
            return big.getLength();
        });
        show("too long", () -> {
            self.send(new DatagramPacket(new byte[65508], 65508, lo, self.getLocalPort()));
            return "sent";
        });

        // Port unreachable: reported to a connected socket once, by its next call.
        DatagramSocket lonely = new DatagramSocket();
        DatagramSocket gone = new DatagramSocket();
        int closedPort = gone.getLocalPort();
        gone.close();
        lonely.connect(lo, closedPort);
        lonely.setSoTimeout(2000);
        lonely.send(new DatagramPacket(new byte[1], 1));
        show("receive after sending to a closed port", () -> {
            lonely.receive(new DatagramPacket(new byte[1], 1));
            return "received";
        });
        show("then", () -> {
            lonely.setSoTimeout(100);
            lonely.receive(new DatagramPacket(new byte[1], 1));
            return "received";
        });

        // Errors.
        show("bind again", () -> {
            client.bind(null);
            return null;
        });
        show("same port", () -> new DatagramSocket(port));
        show("no address", () -> {
            new DatagramSocket().send(new DatagramPacket(new byte[1], 1));
            return null;
        });
        show("port 0", () -> {
            client.send(new DatagramPacket(new byte[1], 1, lo, 0));
            return null;
        });
        show("connect to port 0", () -> {
            client.connect(lo, 0);
            return null;
        });
        show("connect to null", () -> {
            client.connect((SocketAddress) null);
            return null;
        });
        show("connect unresolved", () -> {
            client.connect(InetSocketAddress.createUnresolved("nowhere.invalid", 9));
            return null;
        });
        show("negative timeout", () -> {
            client.setSoTimeout(-1);
            return null;
        });
        show("traffic class 300", () -> {
            client.setTrafficClass(300);
            return null;
        });
        show("bad port", () -> new DatagramSocket(70000));
        show("packet bad region", () -> new DatagramPacket(new byte[3], 2, 2));
        show("packet bad length", () -> {
            new DatagramPacket(new byte[8], 2, 4).setLength(7);
            return null;
        });
        show("packet null data", () -> {
            new DatagramPacket(new byte[8], 8).setData(null);
            return null;
        });
        show("packet bad port", () -> new DatagramPacket(new byte[3], 1, 1, lo, -1));
        show("packet null socket address", () -> {
            new DatagramPacket(new byte[1], 1).setSocketAddress(null);
            return null;
        });
        DatagramPacket blank = new DatagramPacket(new byte[8], 2, 4);
        System.out.println("blank packet: " + blank.getAddress() + " " + blank.getPort() + " " + blank.getOffset() + " " + blank.getLength());

        // Unbound until used.
        DatagramSocket unbound = new DatagramSocket(null);
        System.out.println("unbound: " + unbound.isBound() + " " + unbound.getLocalPort() + " " + unbound.getLocalSocketAddress());
        unbound.send(new DatagramPacket("quit".getBytes(StandardCharsets.UTF_8), 4, lo, port));
        echo.join();
        System.out.println("bound by send: " + unbound.isBound() + " " + (unbound.getLocalPort() > 0));

        // Close wakes a blocked receive.
        DatagramSocket waiting = new DatagramSocket();
        Thread blocked = new Thread(() -> {
            try {
                waiting.receive(new DatagramPacket(new byte[1], 1));
                System.out.println("blocked receive returned");
            } catch (IOException e) {
                System.out.println("blocked receive: " + e);
            }
        });
        blocked.start();
        Thread.sleep(200);
        waiting.close();
        blocked.join();
        System.out.println("closed: " + waiting.isClosed() + " " + waiting.getLocalPort() + " " + waiting.getLocalAddress()
                + " bound " + waiting.isBound() + " connected " + waiting.isConnected());
        show("receive on closed", () -> {
            waiting.receive(new DatagramPacket(new byte[1], 1));
            return null;
        });
        show("send on closed", () -> {
            waiting.send(new DatagramPacket(new byte[1], 1, lo, port));
            return null;
        });
        show("timeout on closed", () -> {
            waiting.setSoTimeout(1);
            return null;
        });
        for (DatagramSocket s : new DatagramSocket[] {server, client, stranger, self, lonely, unbound}) {
            s.close();
        }
        System.out.println("done");
    }
}
