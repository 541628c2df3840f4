import java.io.*;
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;

/** Blocking and non-blocking channels over 127.0.0.1: SocketChannel, ServerSocketChannel, DatagramChannel, adaptors, errors. */
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

    static ByteBuffer ascii(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.US_ASCII));
    }

    static String text(ByteBuffer b) {
        b.flip();
        byte[] a = new byte[b.remaining()];
        b.get(a);
        return new String(a, StandardCharsets.US_ASCII);
    }

    public static void main(String[] args) throws Exception {
        InetAddress lo = InetAddress.getLoopbackAddress();
        ServerSocketChannel server = ServerSocketChannel.open();
        System.out.println("unbound server: " + server.getLocalAddress() + " blocking " + server.isBlocking() + " open " + server.isOpen());
        show("accept unbound", () -> server.accept());
        server.bind(new InetSocketAddress(lo, 0), 5);
        int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
        show("bind again", () -> server.bind(null));
        InetSocketAddress to = new InetSocketAddress(lo, port);

        // Blocking client and server, with scattering/gathering and a direct buffer.
        SocketChannel c = SocketChannel.open();
        System.out.println("client: connected " + c.isConnected() + " pending " + c.isConnectionPending() + " remote " + c.getRemoteAddress()
                + " local " + c.getLocalAddress() + " " + c);
        show("read unconnected", () -> c.read(ByteBuffer.allocate(1)));
        show("write unconnected", () -> c.write(ByteBuffer.allocate(1)));
        show("finishConnect unconnected", () -> c.finishConnect());
        System.out.println("connect: " + c.connect(to) + " connected " + c.isConnected() + " remote same " + c.getRemoteAddress().equals(to));
        SocketChannel s = server.accept();
        System.out.println("accepted: blocking " + s.isBlocking() + " connected " + s.isConnected()
                + " ports match " + (((InetSocketAddress) s.getRemoteAddress()).getPort() == ((InetSocketAddress) c.getLocalAddress()).getPort()));
        show("connect again", () -> c.connect(to));
        System.out.println("finishConnect when connected: " + c.finishConnect());
        System.out.println("wrote " + c.write(new ByteBuffer[] {ascii("hello, "), ascii("gathering "), ascii("world")}));
        ByteBuffer a = ByteBuffer.allocate(7), b = ByteBuffer.allocateDirect(10), rest = ByteBuffer.allocate(64);
        long got = 0;
        while (got < 22) {
            got += s.read(new ByteBuffer[] {a, b, rest});
        }
        System.out.println("scattered: '" + text(a) + "' '" + text(b) + "' '" + text(rest) + "'");
        ByteBuffer ro = ascii("read-only source").asReadOnlyBuffer();
        System.out.println("wrote from a read-only buffer: " + s.write(ro) + " remaining " + ro.remaining());
        ByteBuffer into = ByteBuffer.allocateDirect(100);
        while (into.position() < 16) {
            c.read(into);
        }
        System.out.println("read into direct: '" + text(into) + "'");
        show("read into read-only", () -> c.read(ByteBuffer.allocate(4).asReadOnlyBuffer()));
        System.out.println("read nothing into a full buffer: " + c.read(ByteBuffer.allocate(0)));

        // Non-blocking reads and writes.
        c.configureBlocking(false);
        System.out.println("non-blocking read with nothing there: " + c.read(ByteBuffer.allocate(10)));
        // Nobody reads: the send buffer and the peer's window fill up, and a write then takes nothing.
        ByteBuffer chunk = ByteBuffer.allocate(1 << 20);
        long pushed = 0;
        int last = -1;
        while (last != 0 && pushed < (256L << 20)) {
            if (!chunk.hasRemaining()) {
                chunk.clear();
            }
            last = c.write(chunk);
            pushed += last;
        }
        System.out.println("a non-blocking write eventually took nothing: " + (last == 0));
        long drained = 0;
        ByteBuffer sink = ByteBuffer.allocate(65536);
        while (drained < pushed) {
            sink.clear();
            drained += s.read(sink);
        }
        System.out.println("drained what was pushed: " + (drained == pushed));
        System.out.println("back to blocking: " + c.configureBlocking(true).isBlocking());

        // Socket adaptors.
        Socket sock = c.socket();
        System.out.println("adaptor: " + (sock.getChannel() == c) + " connected " + sock.isConnected() + " port " + (sock.getPort() == port)
                + " local port " + (sock.getLocalPort() == ((InetSocketAddress) c.getLocalAddress()).getPort()) + " " + sock.getInetAddress());
        sock.setTcpNoDelay(true);
        sock.setSoTimeout(100);
        System.out.println("adaptor options: nodelay " + sock.getTcpNoDelay() + " timeout " + sock.getSoTimeout());
        show("adaptor read timeout", () -> sock.getInputStream().read());
        PrintWriter pw = new PrintWriter(new OutputStreamWriter(s.socket().getOutputStream(), StandardCharsets.UTF_8), true);
        pw.println("via the adaptors");
        System.out.println("adaptor line: " + new BufferedReader(new InputStreamReader(sock.getInputStream(), StandardCharsets.UTF_8)).readLine());
        ServerSocket ss = server.socket();
        System.out.println("server adaptor: " + (ss.getChannel() == server) + " bound " + ss.isBound() + " port " + (ss.getLocalPort() == port));
        c.configureBlocking(false);
        show("adaptor stream in non-blocking mode", () -> sock.getInputStream().read());
        c.configureBlocking(true);

        // Half-close and close.
        c.shutdownOutput();
        System.out.println("server reads EOF after shutdownOutput: " + s.read(ByteBuffer.allocate(4)));
        show("write after shutdownOutput", () -> c.write(ascii("x")));
        s.write(ascii("bye"));
        ByteBuffer bye = ByteBuffer.allocate(3);
        while (bye.hasRemaining()) {
            c.read(bye);
        }
        System.out.println("still reads: " + text(bye));
        c.shutdownInput();
        System.out.println("read after shutdownInput: " + c.read(ByteBuffer.allocate(4)));
        s.close();
        c.close();
        System.out.println("closed: " + c.isOpen() + " " + c + " socket closed " + sock.isClosed());
        show("read closed", () -> c.read(ByteBuffer.allocate(1)));
        show("write closed", () -> c.write(ByteBuffer.allocate(1)));
        show("local address closed", () -> c.getLocalAddress());
        show("configureBlocking closed", () -> c.configureBlocking(false));

        // A blocked accept and a blocked read are woken by close.
        Thread acceptor = new Thread(() -> {
            try {
                server.accept();
                System.out.println("accept returned");
            } catch (IOException e) {
                System.out.println("blocked accept: " + e);
            }
        });
        acceptor.start();
        Thread.sleep(200);
        server.close();
        acceptor.join();

        // Connection refused: the channel is closed afterwards.
        SocketChannel refused = SocketChannel.open();
        show("connect refused", () -> refused.connect(new InetSocketAddress(lo, port)));
        System.out.println("open after refusal: " + refused.isOpen());
        SocketChannel nb = SocketChannel.open();
        nb.configureBlocking(false);
        show("non-blocking connect refused", () -> {
            boolean done = nb.connect(new InetSocketAddress(lo, port));
            for (int i = 0; i < 500 && !done; i++) {
                Thread.sleep(10);
                done = nb.finishConnect();
            }
            return done;
        });
        System.out.println("open after refusal: " + nb.isOpen());
        show("open(address) refused", () -> SocketChannel.open(new InetSocketAddress(lo, port)));
        show("unresolved", () -> SocketChannel.open().connect(InetSocketAddress.createUnresolved("nowhere.invalid", 80)));
        show("null address", () -> SocketChannel.open().connect(null));

        // Selector errors.
        Selector sel = Selector.open();
        SocketChannel blocking = SocketChannel.open();
        show("register blocking", () -> blocking.register(sel, SelectionKey.OP_READ));
        blocking.configureBlocking(false);
        show("register bad ops", () -> blocking.register(sel, SelectionKey.OP_ACCEPT));
        SelectionKey key = blocking.register(sel, SelectionKey.OP_CONNECT, "attached");
        System.out.println("key: " + key.attachment() + " interest " + key.interestOps() + " ready " + key.readyOps()
                + " selector " + (key.selector() == sel) + " channel " + (key.channel() == blocking));
        System.out.println("interestOpsOr: " + key.interestOpsOr(SelectionKey.OP_READ) + " now " + key.interestOps()
                + " interestOpsAnd: " + key.interestOpsAnd(SelectionKey.OP_READ) + " now " + key.interestOps());
        show("bad interest", () -> key.interestOps(SelectionKey.OP_ACCEPT));
        show("configureBlocking(true) while registered", () -> blocking.configureBlocking(true));
        show("selected keys can't grow", () -> sel.selectedKeys().add(key));
        show("keys are read-only", () -> sel.keys().remove(key));
        key.cancel();
        System.out.println("cancelled: valid " + key.isValid() + " registered " + blocking.isRegistered() + " keyFor same " + (blocking.keyFor(sel) == key));
        show("interest of cancelled", () -> key.interestOps());
        show("register while cancelled", () -> blocking.register(sel, SelectionKey.OP_READ));
        sel.selectNow();
        System.out.println("after select: registered " + blocking.isRegistered() + " keys " + sel.keys().size());
        SelectionKey again = blocking.register(sel, SelectionKey.OP_READ);
        System.out.println("registered again: new key " + (again != key) + " keys " + sel.keys().size());
        blocking.close();
        System.out.println("closing the channel cancels: " + again.isValid());
        show("negative timeout", () -> sel.select(-1));
        sel.close();
        show("select closed", () -> sel.select());
        show("keys closed", () -> sel.keys());
        show("register with closed selector", () -> {
            SocketChannel x = SocketChannel.open();
            x.configureBlocking(false);
            return x.register(sel, SelectionKey.OP_READ);
        });
        System.out.println("wakeup on closed: " + (sel.wakeup() == sel));

        // Socket options.
        SocketChannel oc = SocketChannel.open();
        System.out.println("supports TCP_NODELAY " + oc.supportedOptions().contains(StandardSocketOptions.TCP_NODELAY)
                + " SO_BROADCAST " + oc.supportedOptions().contains(StandardSocketOptions.SO_BROADCAST));
        System.out.println("defaults: nodelay " + oc.getOption(StandardSocketOptions.TCP_NODELAY) + " keepalive "
                + oc.getOption(StandardSocketOptions.SO_KEEPALIVE) + " linger " + oc.getOption(StandardSocketOptions.SO_LINGER));
        oc.setOption(StandardSocketOptions.TCP_NODELAY, true).setOption(StandardSocketOptions.SO_KEEPALIVE, true);
        System.out.println("set: nodelay " + oc.getOption(StandardSocketOptions.TCP_NODELAY) + " keepalive "
                + oc.getOption(StandardSocketOptions.SO_KEEPALIVE) + " adaptor sees " + oc.socket().getTcpNoDelay() + " " + StandardSocketOptions.TCP_NODELAY);
        show("unsupported option", () -> oc.setOption(StandardSocketOptions.SO_BROADCAST, true));
        show("null option", () -> oc.getOption(null));
        show("null value", () -> oc.setOption(StandardSocketOptions.TCP_NODELAY, null));
        show("bad IP_TOS", () -> oc.setOption(StandardSocketOptions.IP_TOS, 300));
        oc.close();
        show("option on closed", () -> oc.getOption(StandardSocketOptions.TCP_NODELAY));
        ServerSocketChannel os = ServerSocketChannel.open();
        System.out.println("server: reuseaddr " + os.getOption(StandardSocketOptions.SO_REUSEADDR) + " supports TCP_NODELAY "
                + os.supportedOptions().contains(StandardSocketOptions.TCP_NODELAY));
        os.close();
        DatagramChannel od = DatagramChannel.open();
        System.out.println("datagram: broadcast " + od.getOption(StandardSocketOptions.SO_BROADCAST) + " then "
                + od.setOption(StandardSocketOptions.SO_BROADCAST, true).getOption(StandardSocketOptions.SO_BROADCAST));
        show("datagram TCP_NODELAY", () -> od.setOption(StandardSocketOptions.TCP_NODELAY, true));
        od.close();

        // DatagramChannel.
        DatagramChannel d1 = DatagramChannel.open();
        DatagramChannel d2 = DatagramChannel.open();
        System.out.println("datagram: unbound local " + d1.getLocalAddress() + " connected " + d1.isConnected() + " valid ops " + d1.validOps());
        d1.bind(new InetSocketAddress(lo, 0));
        d2.bind(new InetSocketAddress(lo, 0));
        InetSocketAddress a1 = (InetSocketAddress) d1.getLocalAddress(), a2 = (InetSocketAddress) d2.getLocalAddress();
        System.out.println("sent " + d1.send(ascii("ping"), a2));
        ByteBuffer dbuf = ByteBuffer.allocate(100);
        SocketAddress from = d2.receive(dbuf);
        System.out.println("received '" + text(dbuf) + "' from d1: " + from.equals(a1));
        d2.configureBlocking(false);
        System.out.println("non-blocking receive with nothing there: " + d2.receive(ByteBuffer.allocate(10)));
        show("read unconnected", () -> d2.read(ByteBuffer.allocate(1)));
        d2.connect(a1);
        d1.connect(a2);
        System.out.println("connected: " + d2.isConnected() + " remote " + d2.getRemoteAddress().equals(a1));
        System.out.println("write " + d1.write(ascii("pong")) + " then truncated read " + readSome(d2, 2));
        show("send elsewhere while connected", () -> d1.send(ascii("x"), new InetSocketAddress(lo, 9)));
        show("connect again", () -> d1.connect(a2));
        d1.write(new ByteBuffer[] {ascii("ab"), ascii("cd")});
        ByteBuffer s1 = ByteBuffer.allocate(3), s2 = ByteBuffer.allocate(3);
        long n = 0;
        for (int i = 0; i < 500 && n == 0; i++) {
            n = d2.read(new ByteBuffer[] {s1, s2});
            if (n == 0) {
                Thread.sleep(10);
            }
        }
        System.out.println("gathered and scattered " + n + ": '" + text(s1) + "' '" + text(s2) + "'");
        d1.disconnect();
        System.out.println("disconnected: " + d1.isConnected() + " " + d1.getRemoteAddress());
        Selector dsel = Selector.open();
        SelectionKey dk = d2.register(dsel, SelectionKey.OP_READ);
        System.out.println("selectNow with nothing to read: " + dsel.selectNow());
        d1.send(ascii("wake"), a2);
        System.out.println("select on a datagram: " + dsel.select(5000) + " readable " + dk.isReadable() + " " + readSome(d2, 10));
        dsel.close();
        d1.close();
        d2.close();
        show("send closed", () -> d1.send(ascii("x"), a2));
        show("receive closed", () -> d1.receive(ByteBuffer.allocate(1)));
        System.out.println("done");
    }

    static String readSome(DatagramChannel d, int size) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(size);
        for (int i = 0; i < 500 && b.position() == 0; i++) {
            if (d.read(b) == 0) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
        }
        return "'" + text(b) + "'";
    }
}
