package org.harambee.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * How fast passwords may be tried for one submitted e-mail address (whether or not an account has it), from one
 * browser with a device cookie or from all the others together ({@link SignInThrottle}). The first
 * {@value #FREE_CHECKS} checks in a streak are immediate; after that each check must wait longer than the one
 * before (15 s, 30 s, 1 min, 2 min, 4 min, then 5 min each), and at most {@value #CHECKS_PER_HOUR} wrong passwords
 * are checked in an hour. A streak ends after 15 minutes without a check, or with a successful sign-in, which
 * gives its check back: right passwords are never limited. Attempts that arrive too early are refused without
 * checking the password, so an attacker cannot guess faster, while the owner can always reset the password.
 */
@Entity
@Table(name = "sign_in_account_throttle")
class AccountThrottle {

    static final int FREE_CHECKS = 5;
    static final int CHECKS_PER_HOUR = 20;
    static final Duration STREAK_WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_DELAY = Duration.ofSeconds(15);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(5);
    private static final Duration HOUR = Duration.ofHours(1);

    @Id
    private String keyHash;
    private int streak;
    private Instant lastCheckAt;
    private Instant notBefore;
    private Instant hourStartedAt;
    private int checksThisHour;
    private int refusals;
    private Instant updatedAt;
    @Version
    private Long version;

    protected AccountThrottle() {
    }

    AccountThrottle(String keyHash, Instant now) {
        this.keyHash = keyHash;
        this.hourStartedAt = now;
        this.updatedAt = now;
    }

    /**
     * Whether a password may be checked now. An admitted check counts as a failure until
     * {@link #succeeded()} says otherwise, so guesses sent in parallel cannot slip past the pacing.
     */
    boolean admit(Instant now) {
        if (lastCheckAt != null && !now.isBefore(lastCheckAt.plus(STREAK_WINDOW))) {
            streak = 0;
            notBefore = null;
        }
        if (hourStartedAt == null || !now.isBefore(hourStartedAt.plus(HOUR))) {
            hourStartedAt = now;
            checksThisHour = 0;
        }
        updatedAt = now;
        if (checksThisHour >= CHECKS_PER_HOUR || (notBefore != null && now.isBefore(notBefore))) {
            refusals++;
            return false;
        }
        checksThisHour++;
        streak++;
        refusals = 0;
        lastCheckAt = now;
        notBefore = streak < FREE_CHECKS ? null : now.plus(delayAfter(streak));
        return true;
    }

    /** The password was right: the streak of failures ends, and the check admitted for it is given back. */
    void succeeded() {
        streak = 0;
        notBefore = null;
        checksThisHour = Math.max(0, checksThisHour - 1);
    }

    /** How long a refused attempt must wait until a password may be checked again (at least a second). */
    long secondsToWait(Instant now) {
        Instant next = notBefore;
        if (checksThisHour >= CHECKS_PER_HOUR && (next == null || hourStartedAt.plus(HOUR).isAfter(next))) {
            next = hourStartedAt.plus(HOUR);
        }
        return next == null ? 1 : Math.max(1, Duration.between(now, next).toSeconds() + 1);
    }

    /** Whether the last refusal was the first since a password was checked (refusals are audited once). */
    boolean firstRefusal() {
        return refusals == 1;
    }

    Instant notBefore() {
        return notBefore;
    }

    static Duration delayAfter(int streak) {
        if (streak < FREE_CHECKS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(streak - FREE_CHECKS, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }
}
