package org.harambee.site;

import java.time.Duration;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * What a caller may still do of a rate such as "120 API requests a minute" or "5 applications an hour": a bucket that
 * refills steadily over the window, so a caller that keeps to the rate is never refused and a burst of a whole
 * window's worth is allowed. Counted in exact whole units: one use is the window's length in milliseconds, and each
 * millisecond adds {@code perWindow} units. Kept in memory by one node, or read and written back under a row lock
 * when the nodes share the count ({@link SharedAllowances}).
 */
@NamedInterface(name = "api", propagate = false)
public final class Allowance {

    private final Object lock = new Object();
    private final int perWindow;
    private final long windowMillis;
    private long left;
    private Instant updated;

    public Allowance(int perWindow, Duration window, long left, Instant updated) {
        this.perWindow = perWindow;
        this.windowMillis = window.toMillis();
        this.left = left;
        this.updated = updated;
    }

    /** A caller's allowance before their first use: the whole window's worth. */
    public static Allowance full(int perWindow, Duration window, Instant now) {
        return new Allowance(perWindow, window, perWindow * window.toMillis(), now);
    }

    /** Takes one use if one is left; otherwise says how many seconds until one is. */
    public Admission take(Instant now) {
        synchronized (lock) {
            refill(now);
            if (left >= windowMillis) {
                left -= windowMillis;
                return Admission.ADMITTED;
            }
            long millis = ceilDiv(windowMillis - left, perWindow);
            return new Admission(false, Math.max(1, ceilDiv(millis, 1000)));
        }
    }

    public boolean fullAt(Instant now) {
        synchronized (lock) {
            refill(now);
            return left >= perWindow * windowMillis;
        }
    }

    public long left() {
        synchronized (lock) {
            return left;
        }
    }

    public Instant updated() {
        synchronized (lock) {
            return updated;
        }
    }

    private void refill(Instant now) {
        long elapsedMillis = Duration.between(updated, now).toMillis();
        if (elapsedMillis > 0) {
            left = Math.min(perWindow * windowMillis, left + Math.min(elapsedMillis, windowMillis) * perWindow);
            updated = now;
        }
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }

    /** Whether a use may go ahead and, when not, how many seconds until it may. */
    @NamedInterface(name = "api", propagate = false)
    public record Admission(boolean admitted, long retryAfterSeconds) {

        public static final Admission ADMITTED = new Admission(true, 0);
    }
}
