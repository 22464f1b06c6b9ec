package org.harambee.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.harambee.site.Allowance;
import org.harambee.site.SharedAllowances;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many API requests a caller may make a minute: each personal API token has its own allowance
 * ({@code harambee.api.rate-per-minute.token}), and requests without a token share one per client address
 * ({@code harambee.api.rate-per-minute.anonymous}). An allowance refills steadily over the minute, so a
 * caller that keeps to its rate is never refused, and a burst of a minute's worth is allowed.
 * <p>
 * Counted in memory, per application node, by default: an allowance untouched for a minute is full again and is
 * forgotten (a sweep once a minute), so memory follows only the recent callers; beyond {@value #MAX_TRACKED}
 * of them, newcomers are let through uncounted until the next sweep rather than refused. With
 * {@code harambee.limits.counted=database} (the cluster profile) every node counts in one table
 * ({@link SharedAllowances}), so the rates hold whichever node answers.
 */
@Component
class ApiRateLimiter {

    static final int MAX_TRACKED = 50_000;
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final Map<String, Allowance> allowances = new ConcurrentHashMap<>();
    private final int perMinuteForTokens;
    private final int perMinuteForAddresses;
    private final Clock clock;
    private final SharedAllowances shared;
    private volatile Instant nextSweep;

    @Autowired
    ApiRateLimiter(@Value("${harambee.api.rate-per-minute.token}") int perMinuteForTokens,
            @Value("${harambee.api.rate-per-minute.anonymous}") int perMinuteForAddresses, Clock clock,
            ObjectProvider<SharedAllowances> shared) {
        this(perMinuteForTokens, perMinuteForAddresses, clock, shared.getIfAvailable());
    }

    /** Counting in this node's memory ({@code shared} null) or in the database every node shares. */
    ApiRateLimiter(int perMinuteForTokens, int perMinuteForAddresses, Clock clock, SharedAllowances shared) {
        if (perMinuteForTokens < 1 || perMinuteForAddresses < 1) {
            throw new IllegalArgumentException("API rates must allow at least one request a minute");
        }
        this.perMinuteForTokens = perMinuteForTokens;
        this.perMinuteForAddresses = perMinuteForAddresses;
        this.clock = clock;
        this.shared = shared;
        this.nextSweep = clock.instant().plus(SWEEP_EVERY);
    }

    /** Counts a request carrying this token. */
    Allowance.Admission admitToken(long tokenId) {
        return admit("token " + tokenId, perMinuteForTokens);
    }

    /** Counts a request without a token from this client address. */
    Allowance.Admission admitAddress(String address) {
        return admit("address " + address, perMinuteForAddresses);
    }

    int perMinuteForTokens() {
        return perMinuteForTokens;
    }

    /** How many callers are counted now. */
    int tracked() {
        return allowances.size();
    }

    private Allowance.Admission admit(String caller, int perMinute) {
        Instant now = clock.instant();
        if (!now.isBefore(nextSweep)) {
            sweep(now);
        }
        if (shared != null) {
            return shared.take(caller, perMinute, MINUTE, now);
        }
        Allowance allowance = allowances.get(caller);
        if (allowance == null) {
            if (allowances.size() >= MAX_TRACKED) {
                return Allowance.Admission.ADMITTED;
            }
            allowance = allowances.computeIfAbsent(caller, key -> Allowance.full(perMinute, MINUTE, now));
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
}
