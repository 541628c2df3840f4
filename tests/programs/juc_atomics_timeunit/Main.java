import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.*;

public class Main {
    public static void main(String[] args) throws Exception {
        // TimeUnit conversions, truncation and saturation
        for (TimeUnit u : TimeUnit.values()) {
            System.out.println(u + " " + u.ordinal() + " nanos=" + u.toNanos(3) + " micros=" + u.toMicros(3)
                    + " millis=" + u.toMillis(3) + " s=" + u.toSeconds(3) + " min=" + u.toMinutes(3)
                    + " h=" + u.toHours(3) + " d=" + u.toDays(3));
        }
        System.out.println(TimeUnit.DAYS.toNanos(Long.MAX_VALUE / 1000) + " " + TimeUnit.DAYS.toNanos(-Long.MAX_VALUE / 1000));
        System.out.println(TimeUnit.SECONDS.convert(-1999, TimeUnit.MILLISECONDS) + " " + TimeUnit.MILLISECONDS.convert(2, TimeUnit.MINUTES));
        System.out.println(TimeUnit.valueOf("HOURS").toMinutes(2));
        TimeUnit.MILLISECONDS.sleep(2);
        TimeUnit.MILLISECONDS.sleep(-5);
        Thread t = new Thread(() -> {});
        t.start();
        TimeUnit.SECONDS.timedJoin(t, 5);
        System.out.println("joined " + t.isAlive());
        Object o = new Object();
        synchronized (o) {
            TimeUnit.MICROSECONDS.timedWait(o, 1500);
        }

        AtomicInteger ai = new AtomicInteger(5);
        System.out.println(ai + " " + ai.getAndIncrement() + " " + ai.incrementAndGet() + " " + ai.getAndAdd(10) + " " + ai.addAndGet(-3)
                + " " + ai.decrementAndGet() + " " + ai.getAndDecrement() + " " + ai.get());
        System.out.println(ai.compareAndSet(14, 1) + " " + ai.compareAndSet(13, 1) + " " + ai.weakCompareAndSetPlain(1, 2) + " "
                + ai.compareAndExchange(2, 9) + " " + ai.compareAndExchange(2, 10) + " " + ai.getAndSet(7));
        System.out.println(ai.updateAndGet(x -> x * 3) + " " + ai.getAndUpdate(x -> x - 1) + " " + ai.accumulateAndGet(4, Math::max)
                + " " + ai.getAndAccumulate(100, Integer::sum) + " " + ai.intValue() + " " + ai.doubleValue() + " " + ai.longValue());
        ai.lazySet(-1);
        ai.setPlain(ai.getPlain() - 1);
        ai.setRelease(ai.getAcquire() * 2);
        ai.setOpaque(ai.getOpaque() + 1);
        System.out.println(ai + " " + new AtomicInteger());

        AtomicLong al = new AtomicLong(Long.MAX_VALUE);
        System.out.println(al.incrementAndGet() + " " + al.getAndAdd(5) + " " + al.updateAndGet(x -> x / 2) + " "
                + al.accumulateAndGet(3, (a, b) -> a * b) + " " + al + " " + al.floatValue());

        AtomicBoolean ab = new AtomicBoolean();
        System.out.println(ab + " " + ab.compareAndSet(false, true) + " " + ab.getAndSet(false) + " " + ab.get() + " " + ab.compareAndExchange(false, true) + " " + ab);

        AtomicReference<String> ar = new AtomicReference<>("a");
        System.out.println(ar + " " + ar.getAndUpdate(s -> s + "b") + " " + ar.updateAndGet(s -> s + "c") + " "
                + ar.accumulateAndGet("d", String::concat) + " " + ar.compareAndSet("x", "y") + " " + new AtomicReference<Integer>());

        AtomicIntegerArray aia = new AtomicIntegerArray(new int[] {1, 2, 3});
        System.out.println(aia + " " + aia.length() + " " + aia.incrementAndGet(0) + " " + aia.getAndAdd(2, 10) + " " + aia.addAndGet(1, 5)
                + " " + aia.updateAndGet(1, x -> -x) + " " + aia.compareAndSet(2, 13, 0) + " " + aia);
        try {
            aia.get(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        System.out.println(new AtomicIntegerArray(0) + " " + new AtomicLongArray(2));
        AtomicLongArray ala = new AtomicLongArray(new long[] {7, 8});
        System.out.println(ala.getAndIncrement(1) + " " + ala.decrementAndGet(0) + " " + ala.accumulateAndGet(0, 5, Long::sum) + " " + ala);
        AtomicReferenceArray<String> ara = new AtomicReferenceArray<>(new String[] {"x", null});
        System.out.println(ara + " " + ara.compareAndSet(1, null, "y") + " " + ara.getAndSet(0, "z") + " " + ara);
        try {
            new AtomicReferenceArray<String>(2).set(-1, "q");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }

        // many threads hammering atomics: exact totals
        AtomicLong total = new AtomicLong();
        LongAdder adder = new LongAdder();
        AtomicIntegerArray hist = new AtomicIntegerArray(4);
        Thread[] ts = new Thread[6];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 20000; k++) {
                    total.addAndGet(k % 7);
                    adder.increment();
                    hist.incrementAndGet((k + id) & 3);
                    total.updateAndGet(x -> x + 1);
                }
            });
            ts[i].start();
        }
        for (Thread x : ts) {
            x.join();
        }
        System.out.println(total.get() + " " + adder.sum() + " " + adder + " " + hist);
        adder.add(-5);
        System.out.println(adder.sumThenReset() + " " + adder.intValue());
        // ThreadLocalRandom: HotSpot seeds it randomly, so only properties are printed
        java.util.concurrent.ThreadLocalRandom tlr = java.util.concurrent.ThreadLocalRandom.current();
        boolean inRange = true;
        for (int i = 0; i < 1000; i++) {
            int v = tlr.nextInt(10);
            inRange &= v >= 0 && v < 10;
        }
        System.out.println("tlr in range " + inRange + " same " + (tlr == java.util.concurrent.ThreadLocalRandom.current()));
        try {
            tlr.setSeed(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("setSeed " + e);
        }
    }
}
