package org.harambee.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * A caller's API requests left, refilled at {@code perMinute} a minute up to {@code perMinute}. Counted in exact whole
 * units: one request is {@value #REQUEST} units, and a millisecond adds {@code perMinute} of them. Kept in memory by
 * one node, or read and written back under a row lock when nodes share the count ({@link SharedApiAllowances}).
 */
final class ApiAllowance {

    static final long REQUEST = 60_000;

    private final int perMinute;
    private long left;
    private Instant updated;

    ApiAllowance(int perMinute, long left, Instant updated) {
        this.perMinute = perMinute;
        this.left = left;
        this.updated = updated;
    }

    static ApiAllowance full(int perMinute, Instant now) {
        return new ApiAllowance(perMinute, perMinute * REQUEST, now);
    }

    synchronized ApiRateLimiter.Admission take(Instant now) {
        refill(now);
        if (left >= REQUEST) {
            left -= REQUEST;
            return ApiRateLimiter.Admission.ADMITTED;
        }
        long millis = ceilDiv(REQUEST - left, perMinute);
        return new ApiRateLimiter.Admission(false, Math.max(1, ceilDiv(millis, 1000)));
    }

    synchronized boolean fullAt(Instant now) {
        refill(now);
        return left >= perMinute * REQUEST;
    }

    synchronized long left() {
        return left;
    }

    synchronized Instant updated() {
        return updated;
    }

    private void refill(Instant now) {
        long elapsedMillis = Duration.between(updated, now).toMillis();
        if (elapsedMillis > 0) {
            left = Math.min(perMinute * REQUEST, left + Math.min(elapsedMillis, REQUEST) * perMinute);
            updated = now;
        }
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
