package org.harambee.identity;

import java.time.Clock;
import java.time.Duration;
import org.harambee.site.Allowance;
import org.harambee.site.Allowances;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many API requests a caller may make a minute: each personal API token has its own allowance
 * ({@code harambee.api.rate-per-minute.token}), and requests without a token share one per client address
 * ({@code harambee.api.rate-per-minute.anonymous}). An allowance refills steadily over the minute, so a
 * caller that keeps to its rate is never refused, and a burst of a minute's worth is allowed. Counted where
 * {@link Allowances} counts: in each node's memory by default, in the database every node shares with
 * {@code harambee.limits.counted=database} (the cluster profile), so the rates hold whichever node answers.
 */
@Component
class ApiRateLimiter {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final int perMinuteForTokens;
    private final int perMinuteForAddresses;
    private final Clock clock;
    private final Allowances allowances;

    ApiRateLimiter(@Value("${harambee.api.rate-per-minute.token}") int perMinuteForTokens,
            @Value("${harambee.api.rate-per-minute.anonymous}") int perMinuteForAddresses, Clock clock,
            Allowances allowances) {
        if (perMinuteForTokens < 1 || perMinuteForAddresses < 1) {
            throw new IllegalArgumentException("API rates must allow at least one request a minute");
        }
        this.perMinuteForTokens = perMinuteForTokens;
        this.perMinuteForAddresses = perMinuteForAddresses;
        this.clock = clock;
        this.allowances = allowances;
    }

    /** Counts a request carrying this token. */
    Allowance.Admission admitToken(long tokenId) {
        return allowances.take("token " + tokenId, perMinuteForTokens, MINUTE, clock.instant());
    }

    /** Counts a request without a token from this client address. */
    Allowance.Admission admitAddress(String address) {
        return allowances.take("address " + address, perMinuteForAddresses, MINUTE, clock.instant());
    }

    int perMinuteForTokens() {
        return perMinuteForTokens;
    }
}
