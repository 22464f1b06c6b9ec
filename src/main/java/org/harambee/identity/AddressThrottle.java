package org.harambee.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** How many sign-in attempts (and password-reset requests) one client address made in the current minute. */
@Entity
@Table(name = "sign_in_address_throttle")
class AddressThrottle {

    static final Duration WINDOW = Duration.ofMinutes(1);

    @Id
    private String keyHash;
    private Instant windowStartedAt;
    private int attempts;
    private Instant updatedAt;
    @Version
    private Long version;

    protected AddressThrottle() {
    }

    AddressThrottle(String keyHash, Instant now) {
        this.keyHash = keyHash;
        this.windowStartedAt = now;
        this.updatedAt = now;
    }

    /**
     * Counts one attempt; whether it is within the limit for this minute. A window that starts after {@code now}
     * (another node's clock ahead of this one's, or a clock set back) starts again, or it would refuse the address
     * until that clock's minute comes.
     */
    boolean admit(Instant now, int limit) {
        if (now.isBefore(windowStartedAt) || !now.isBefore(windowStartedAt.plus(WINDOW))) {
            windowStartedAt = now;
            attempts = 0;
        }
        attempts++;
        updatedAt = now;
        return attempts <= limit;
    }

    /** Whether the last attempt was the first one over the limit this minute (refusals are audited once). */
    boolean firstRefusal(int limit) {
        return attempts == limit + 1;
    }

    /** Seconds until this address may try again. */
    long secondsUntilNextWindow(Instant now) {
        return Math.max(1, Duration.between(now, windowStartedAt.plus(WINDOW)).toSeconds());
    }
}
