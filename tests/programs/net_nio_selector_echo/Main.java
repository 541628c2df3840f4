import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;

/**
 * A single-threaded echo server on a Selector over 127.0.0.1, and non-blocking clients driven by a
 * second selector: connect/finishConnect, partial writes with OP_WRITE, reads until every byte is back.
 */
public class Main {
    static final int CLIENTS = 4;
    static volatile int port;
    static long echoed;
    static int accepted;

    /** Bytes waiting to be echoed on one connection. */
    static final class Pending {
        final ByteBuffer buf = ByteBuffer.allocateDirect(4096);
    }

    static void serve(ServerSocketChannel server, Selector sel) throws IOException {
        int closed = 0;
        while (closed < CLIENTS) {
            sel.select();
            Iterator<SelectionKey> it = sel.selectedKeys().iterator();
            while (it.hasNext()) {
                SelectionKey k = it.next();
                it.remove();
                if (k.isAcceptable()) {
                    SocketChannel c = server.accept();
                    if (c == null) {
                        continue;
                    }
                    accepted++;
                    c.configureBlocking(false);
                    c.register(sel, SelectionKey.OP_READ, new Pending());
                    continue;
                }
                SocketChannel c = (SocketChannel) k.channel();
                Pending p = (Pending) k.attachment();
                if (k.isReadable()) {
                    int n = c.read(p.buf);
                    if (n < 0) {
                        k.cancel();
                        c.close();
                        closed++;
                        continue;
                    }
                }
                // Echo what we have; what does not fit waits for OP_WRITE.
                p.buf.flip();
                echoed += c.write(p.buf);
                p.buf.compact();
                k.interestOps(p.buf.position() > 0 ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
            }
        }
    }

    /** One client's state: what it must send, what it got back. */
    static final class Client {
        final int id;
        final SocketChannel ch;
        final ByteBuffer out;
        final ByteBuffer in;
        long sent;
        long received;
        int connects;

        Client(int id, int size) throws IOException {
            this.id = id;
            this.ch = SocketChannel.open();
            byte[] data = new byte[size];
            for (int i = 0; i < size; i++) {
                data[i] = (byte) (i * (id + 3) + (i >> 7));
            }
            sent = sum(data, data.length);
            out = ByteBuffer.wrap(data);
            in = ByteBuffer.allocate(size);
        }
    }

    static long sum(byte[] b, int n) {
        long h = 17;
        for (int i = 0; i < n; i++) {
            h = h * 31 + b[i];
        }
        return h;
    }

    public static void main(String[] args) throws Exception {
        Selector serverSel = Selector.open();
        ServerSocketChannel server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.configureBlocking(false);
        SelectionKey acceptKey = server.register(serverSel, SelectionKey.OP_ACCEPT);
        System.out.println("server: blocking=" + server.isBlocking() + " registered=" + server.isRegistered()
                + " interest=" + acceptKey.interestOps() + " valid ops=" + server.validOps()
                + " keyFor=" + (server.keyFor(serverSel) == acceptKey));
        port = ((InetSocketAddress) server.getLocalAddress()).getPort();
        System.out.println("non-blocking accept with nobody waiting: " + server.accept());
        CountDownLatch done = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                serve(server, serverSel);
            } catch (IOException e) {
                System.out.println("server failed: " + e);
            }
            done.countDown();
        }, "selector-server");
        t.start();

        Selector sel = Selector.open();
        Client[] clients = new Client[CLIENTS];
        InetSocketAddress to = new InetSocketAddress("127.0.0.1", port);
        for (int i = 0; i < CLIENTS; i++) {
            clients[i] = new Client(i, 1000 + i * 150_000);
            clients[i].ch.configureBlocking(false);
            boolean now = clients[i].ch.connect(to);
            clients[i].ch.register(sel, now ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_CONNECT, clients[i]);
        }
        int finished = 0;
        while (finished < CLIENTS) {
            if (sel.select(10_000) == 0 && sel.selectedKeys().isEmpty()) {
                System.out.println("client selector timed out");
                break;
            }
            for (Iterator<SelectionKey> it = sel.selectedKeys().iterator(); it.hasNext(); ) {
                SelectionKey k = it.next();
                it.remove();
                Client c = (Client) k.attachment();
                if (k.isConnectable()) {
                    if (c.ch.finishConnect()) {
                        c.connects++;
                        k.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                    }
                    continue;
                }
                if (k.isWritable()) {
                    c.ch.write(c.out);
                    if (!c.out.hasRemaining()) {
                        k.interestOps(SelectionKey.OP_READ);
                    }
                }
                if (k.isReadable()) {
                    int n = c.ch.read(c.in);
                    if (n < 0 || !c.in.hasRemaining()) {
                        k.cancel();
                        c.ch.close();
                        finished++;
                    }
                }
            }
        }
        for (Client c : clients) {
            c.received = sum(c.in.array(), c.in.position());
            System.out.println("client " + c.id + ": connected " + c.connects + "x, sent " + c.out.position() + " got back "
                    + c.in.position() + " crc equal " + (c.sent == c.received) + " open " + c.ch.isOpen());
        }
        done.await();
        t.join();
        serverSel.selectNow(); // drops the keys cancelled since the last select
        System.out.println("server: accepted " + accepted + " echoed " + echoed + " keys left " + serverSel.keys().size());
        long total = 0;
        for (Client c : clients) {
            total += c.out.capacity();
        }
        System.out.println("echoed all: " + (echoed == total));

        // wakeup and timeouts
        sel.wakeup();
        long t0 = System.nanoTime();
        System.out.println("select after wakeup: " + sel.select() + " quickly " + (System.nanoTime() - t0 < 5_000_000_000L));
        System.out.println("selectNow: " + sel.selectNow() + " keys " + sel.keys().size());
        t0 = System.nanoTime();
        int n = sel.select(100);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("select(100): " + n + " waited long enough " + (ms >= 90));
        Thread waker = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            sel.wakeup();
        });
        waker.start();
        System.out.println("select woken by another thread: " + sel.select());
        waker.join();
        sel.close();
        serverSel.close();
        server.close();
        System.out.println("closed: " + sel.isOpen() + " " + serverSel.isOpen() + " " + server.isOpen() + " key valid " + acceptKey.isValid());
    }
}
