package java.util.concurrent;

/**
 * Time units from nanoseconds to days. Conversions truncate toward zero when going to a coarser
 * unit and saturate at Long.MIN_VALUE/Long.MAX_VALUE when going to a finer one, as the JDK
 * documents. (The java.time bridges, of(ChronoUnit)/toChronoUnit/convert(Duration), are absent:
 * Kiln has no java.time yet.)
 */
public enum TimeUnit {
    NANOSECONDS(1L),
    MICROSECONDS(1_000L),
    MILLISECONDS(1_000_000L),
    SECONDS(1_000_000_000L),
    MINUTES(60_000_000_000L),
    HOURS(3_600_000_000_000L),
    DAYS(86_400_000_000_000L);

    /** Nanoseconds in one of this unit. */
    private final long scale;

    TimeUnit(long scale) {
        this.scale = scale;
    }

    /** d of this unit expressed in a unit of {@code targetScale} nanoseconds. */
    private long to(long d, long targetScale) {
        if (scale == targetScale) {
            return d;
        }
        if (scale < targetScale) {
            return d / (targetScale / scale);
        }
        long ratio = scale / targetScale;
        long max = Long.MAX_VALUE / ratio;
        if (d > max) {
            return Long.MAX_VALUE;
        }
        if (d < -max) {
            return Long.MIN_VALUE;
        }
        return d * ratio;
    }

    public long convert(long sourceDuration, TimeUnit sourceUnit) {
        return sourceUnit.to(sourceDuration, scale);
    }

    public long toNanos(long duration) {
        return to(duration, NANOSECONDS.scale);
    }

    public long toMicros(long duration) {
        return to(duration, MICROSECONDS.scale);
    }

    public long toMillis(long duration) {
        return to(duration, MILLISECONDS.scale);
    }

    public long toSeconds(long duration) {
        return to(duration, SECONDS.scale);
    }

    public long toMinutes(long duration) {
        return to(duration, MINUTES.scale);
    }

    public long toHours(long duration) {
        return to(duration, HOURS.scale);
    }

    public long toDays(long duration) {
        return to(duration, DAYS.scale);
    }

    /** The nanoseconds beyond whole milliseconds of d, for the (millis, nanos) wait/sleep/join calls. */
    private int excessNanos(long d, long millis) {
        if (this == NANOSECONDS) {
            return (int) (d - millis * 1_000_000L);
        }
        if (this == MICROSECONDS) {
            return (int) (d * 1000L - millis * 1_000_000L);
        }
        return 0;
    }

    public void timedWait(Object obj, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            obj.wait(ms, excessNanos(timeout, ms));
        }
    }

    public void timedJoin(Thread thread, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            thread.join(ms, excessNanos(timeout, ms));
        }
    }

    public void sleep(long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            Thread.sleep(ms, excessNanos(timeout, ms));
        }
    }
}
