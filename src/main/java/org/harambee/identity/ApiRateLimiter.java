package org.harambee.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many API requests a caller may make a minute: each personal API token has its own allowance
 * ({@code harambee.api.rate-per-minute.token}), and requests without a token share one per client address
 * ({@code harambee.api.rate-per-minute.anonymous}). An allowance refills steadily over the minute, so a
 * caller that keeps to its rate is never refused, and a burst of a minute's worth is allowed.
 * <p>
 * Counted in memory, per application node. An allowance untouched for a minute is full again and is
 * forgotten (a sweep once a minute), so memory follows only the recent callers; beyond {@value #MAX_TRACKED}
 * of them, newcomers are let through uncounted until the next sweep rather than refused.
 */
@Component
class ApiRateLimiter {

    static final int MAX_TRACKED = 50_000;
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final Map<String, Allowance> allowances = new ConcurrentHashMap<>();
    private final int perMinuteForTokens;
    private final int perMinuteForAddresses;
    private final Clock clock;
    private volatile Instant nextSweep;

    ApiRateLimiter(@Value("${harambee.api.rate-per-minute.token}") int perMinuteForTokens,
            @Value("${harambee.api.rate-per-minute.anonymous}") int perMinuteForAddresses, Clock clock) {
        if (perMinuteForTokens < 1 || perMinuteForAddresses < 1) {
            throw new IllegalArgumentException("API rates must allow at least one request a minute");
        }
        this.perMinuteForTokens = perMinuteForTokens;
        this.perMinuteForAddresses = perMinuteForAddresses;
        this.clock = clock;
        this.nextSweep = clock.instant().plus(SWEEP_EVERY);
    }

    /** Counts a request carrying this token. */
    Admission admitToken(long tokenId) {
        return admit("token " + tokenId, perMinuteForTokens);
    }

    /** Counts a request without a token from this client address. */
    Admission admitAddress(String address) {
        return admit("address " + address, perMinuteForAddresses);
    }

    int perMinuteForTokens() {
        return perMinuteForTokens;
    }

    /** How many callers are counted now. */
    int tracked() {
        return allowances.size();
    }

    private Admission admit(String caller, int perMinute) {
        Instant now = clock.instant();
        if (!now.isBefore(nextSweep)) {
            sweep(now);
        }
        Allowance allowance = allowances.get(caller);
        if (allowance == null) {
            if (allowances.size() >= MAX_TRACKED) {
                return Admission.ADMITTED;
            }
            allowance = allowances.computeIfAbsent(caller, key -> new Allowance(perMinute, now));
        }
        return allowance.take(now);
    }

    /** Forgets the allowances that are full again: forgetting one changes nothing, a newcomer starts full. */
    private synchronized void sweep(Instant now) {
        if (now.isBefore(nextSweep)) {
            return;
        }
        allowances.values().removeIf(allowance -> allowance.fullAt(now));
        nextSweep = now.plus(SWEEP_EVERY);
    }

    /** Whether a request may go ahead and, when not, how many seconds until it may. */
    record Admission(boolean admitted, long retryAfterSeconds) {

        static final Admission ADMITTED = new Admission(true, 0);
    }

    /**
     * A caller's requests left, refilled at {@code perMinute} a minute up to {@code perMinute}. Counted in
     * exact whole units: one request is {@value #REQUEST} units, and a millisecond adds {@code perMinute} of them.
     */
    private static final class Allowance {

        private static final long REQUEST = 60_000;

        private final int perMinute;
        private long left;
        private Instant updated;

        Allowance(int perMinute, Instant now) {
            this.perMinute = perMinute;
            this.left = perMinute * REQUEST;
            this.updated = now;
        }

        synchronized Admission take(Instant now) {
            refill(now);
            if (left >= REQUEST) {
                left -= REQUEST;
                return Admission.ADMITTED;
            }
            long millis = ceilDiv(REQUEST - left, perMinute);
            return new Admission(false, Math.max(1, ceilDiv(millis, 1000)));
        }

        synchronized boolean fullAt(Instant now) {
            refill(now);
            return left >= perMinute * REQUEST;
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
}
