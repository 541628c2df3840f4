import java.util.*;
import java.util.concurrent.*;

public class Main {
    static final Integer POISON = -1;

    public static void main(String[] args) throws Exception {
        // ArrayBlockingQueue: 3 producers, 2 consumers, small capacity so put blocks
        ArrayBlockingQueue<Integer> q = new ArrayBlockingQueue<>(4);
        System.out.println("cap " + q.remainingCapacity() + " " + q);
        List<Thread> producers = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            final int base = p * 1000;
            Thread t = new Thread(() -> {
                try {
                    for (int i = 1; i <= 300; i++) {
                        q.put(base + i);
                    }
                } catch (InterruptedException e) {
                    System.out.println("producer interrupted");
                }
            });
            producers.add(t);
            t.start();
        }
        long[] sums = new long[2];
        int[] counts = new int[2];
        List<Thread> consumers = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            final int id = c;
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        Integer v = q.take();
                        if (v.equals(POISON)) {
                            return;
                        }
                        sums[id] += v;
                        counts[id]++;
                    }
                } catch (InterruptedException e) {
                    System.out.println("consumer interrupted");
                }
            });
            consumers.add(t);
            t.start();
        }
        for (Thread t : producers) {
            t.join();
        }
        q.put(POISON);
        q.put(POISON);
        for (Thread t : consumers) {
            t.join();
        }
        System.out.println("ABQ total " + (sums[0] + sums[1]) + " count " + (counts[0] + counts[1]) + " left " + q.size());

        // API behaviour of a full/empty ArrayBlockingQueue
        ArrayBlockingQueue<String> small = new ArrayBlockingQueue<>(2, true, List.of("a"));
        System.out.println(small.offer("b") + " " + small.offer("c") + " " + small.offer("d", 1, TimeUnit.MILLISECONDS) + " " + small + " " + small.peek() + " " + small.remainingCapacity());
        try {
            small.add("e");
        } catch (IllegalStateException e) {
            System.out.println(e);
        }
        try {
            small.offer(null);
        } catch (NullPointerException e) {
            System.out.println("null rejected");
        }
        List<String> drained = new ArrayList<>();
        System.out.println(small.drainTo(drained) + " " + drained + " " + small.poll() + " " + small.poll(1, TimeUnit.MILLISECONDS) + " " + small.isEmpty());
        try {
            new ArrayBlockingQueue<String>(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }

        // SynchronousQueue: ordered hand-off ping-pong
        SynchronousQueue<String> ping = new SynchronousQueue<>();
        SynchronousQueue<String> pong = new SynchronousQueue<>(true);
        Thread echo = new Thread(() -> {
            try {
                while (true) {
                    String s = ping.take();
                    if (s.equals("stop")) {
                        return;
                    }
                    pong.put(s.toUpperCase());
                }
            } catch (InterruptedException e) {
                System.out.println("echo interrupted");
            }
        });
        echo.start();
        StringBuilder got = new StringBuilder();
        for (String w : new String[] {"alpha", "beta", "gamma", "delta"}) {
            ping.put(w);
            got.append(pong.take()).append(' ');
        }
        ping.put("stop");
        echo.join();
        System.out.println("SQ " + got + ping.size() + " " + ping.isEmpty() + " " + ping + " " + ping.remainingCapacity() + " " + ping.offer("x") + " " + ping.poll() + " " + ping.peek());
        System.out.println("SQ timed " + ping.offer("y", 2, TimeUnit.MILLISECONDS) + " " + ping.poll(2, TimeUnit.MILLISECONDS));
        // many producers through one SynchronousQueue
        SynchronousQueue<Integer> sq = new SynchronousQueue<>();
        List<Thread> ps = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            final int base = p * 100;
            Thread t = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    try {
                        sq.put(base + i);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            ps.add(t);
            t.start();
        }
        long s = 0;
        for (int i = 0; i < 200; i++) {
            s += sq.take();
        }
        for (Thread t : ps) {
            t.join();
        }
        System.out.println("SQ sum " + s);

        // LinkedBlockingQueue with a bound, PriorityBlockingQueue ordering
        LinkedBlockingQueue<Integer> lbq = new LinkedBlockingQueue<>(3);
        Thread filler = new Thread(() -> {
            for (int i = 0; i < 10; i++) {
                try {
                    lbq.put(i);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        filler.start();
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            order.append(lbq.take());
        }
        filler.join();
        System.out.println("LBQ " + order + " " + lbq.remainingCapacity() + " " + new LinkedBlockingQueue<>(List.of(3, 1, 2)));
        try {
            LinkedBlockingQueue<Integer> one = new LinkedBlockingQueue<>(1);
            one.add(1);
            one.add(2);
        } catch (IllegalStateException e) {
            System.out.println(e);
        }
        PriorityBlockingQueue<Integer> pbq = new PriorityBlockingQueue<>();
        for (int v : new int[] {5, 1, 4, 2, 3, 9, 0}) {
            pbq.put(v);
        }
        System.out.println("PBQ " + pbq + " " + pbq.size() + " " + pbq.remainingCapacity());
        StringBuilder pq = new StringBuilder();
        while (!pbq.isEmpty()) {
            pq.append(pbq.take());
        }
        System.out.println("PBQ order " + pq);
        PriorityBlockingQueue<String> byLen = new PriorityBlockingQueue<>(4, Comparator.comparing(String::length));
        byLen.addAll(List.of("ccc", "a", "bb", "dddd"));
        System.out.println(byLen.poll() + " " + byLen.poll(1, TimeUnit.MILLISECONDS) + " " + byLen.peek());

        // take() is interruptible
        Thread blocked = new Thread(() -> {
            try {
                new ArrayBlockingQueue<Integer>(1).take();
            } catch (InterruptedException e) {
                System.out.println("take interrupted: " + e);
            }
        });
        blocked.start();
        while (blocked.getState() != Thread.State.WAITING) {
            Thread.sleep(1);
        }
        blocked.interrupt();
        blocked.join();
    }
}
