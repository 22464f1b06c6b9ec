package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The pacing rules of {@link AccountThrottle} and {@link AddressThrottle}, with time given explicitly. */
class SignInThrottleRulesTests {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void fiveChecksAreImmediateThenEachMustWaitLonger() {
        AccountThrottle throttle = new AccountThrottle("key", START);
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.admit(START.plusMillis(i))).isTrue();
        }
        Instant fifth = START.plusMillis(4);
        assertThat(throttle.admit(fifth.plusSeconds(1))).as("too early after the fifth failure").isFalse();
        assertThat(throttle.firstRefusal()).isTrue();
        assertThat(throttle.admit(fifth.plusSeconds(2))).isFalse();
        assertThat(throttle.firstRefusal()).as("a refusal streak is audited once").isFalse();
        Instant sixth = fifth.plusSeconds(15);
        assertThat(throttle.admit(sixth)).isTrue();
        assertThat(throttle.admit(sixth.plusSeconds(29))).isFalse();
        Instant seventh = sixth.plusSeconds(30);
        assertThat(throttle.admit(seventh)).isTrue();
        assertThat(throttle.admit(seventh.plusSeconds(59))).isFalse();
        assertThat(throttle.admit(seventh.plusSeconds(60))).isTrue();
    }

    @Test
    void theWaitGrowsUpToFiveMinutes() {
        assertThat(AccountThrottle.delayAfter(4)).isZero();
        assertThat(AccountThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(15));
        assertThat(AccountThrottle.delayAfter(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(AccountThrottle.delayAfter(8)).isEqualTo(Duration.ofMinutes(2));
        assertThat(AccountThrottle.delayAfter(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(AccountThrottle.delayAfter(1000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void atMostTwentyPasswordsAreCheckedInAnHourHoweverPatientTheAttacker() {
        AccountThrottle throttle = new AccountThrottle("key", START);
        Instant now = START;
        int checked = 0;
        for (int second = 0; second < 3600; second++) {
            if (throttle.admit(now.plusSeconds(second))) {
                checked++;
            }
        }
        assertThat(checked).isLessThanOrEqualTo(AccountThrottle.CHECKS_PER_HOUR);
        assertThat(checked).isGreaterThanOrEqualTo(15);
    }

    @Test
    void rightPasswordsUseNoneOfTheAllowance() {
        AccountThrottle throttle = new AccountThrottle("key", START);
        for (int i = 0; i < 3 * AccountThrottle.CHECKS_PER_HOUR; i++) {
            assertThat(throttle.admit(START.plusSeconds(i))).as("right password %d", i).isTrue();
            throttle.succeeded();
        }
        for (int i = 0; i < AccountThrottle.FREE_CHECKS; i++) {
            assertThat(throttle.admit(START.plusSeconds(100).plusMillis(i))).as("wrong password %d", i).isTrue();
        }
        assertThat(throttle.admit(START.plusSeconds(101))).isFalse();
    }

    @Test
    void aRefusedAttemptIsToldHowLongToWait() {
        AccountThrottle throttle = new AccountThrottle("key", START);
        for (int i = 0; i < AccountThrottle.FREE_CHECKS; i++) {
            throttle.admit(START);
        }
        assertThat(throttle.admit(START.plusSeconds(5))).isFalse();
        assertThat(throttle.secondsToWait(START.plusSeconds(5))).isBetween(10L, 11L);
    }

    @Test
    void aSuccessEndsTheStreak() {
        AccountThrottle throttle = new AccountThrottle("key", START);
        for (int i = 0; i < 5; i++) {
            throttle.admit(START.plusMillis(i));
        }
        throttle.succeeded();
        assertThat(throttle.admit(START.plusSeconds(1))).isTrue();
    }

    @Test
    void aStreakEndsAfterFifteenQuietMinutes() {
        AccountThrottle throttle = new AccountThrottle("key", START);
        for (int i = 0; i < 5; i++) {
            throttle.admit(START.plusMillis(i));
        }
        Instant later = START.plus(Duration.ofMinutes(15)).plusMillis(4);
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.admit(later.plusMillis(i))).as("check %d after a quiet quarter hour", i).isTrue();
        }
        assertThat(throttle.admit(later.plusSeconds(1))).isFalse();
    }

    @Test
    void oneAddressGetsThirtyAttemptsAMinute() {
        AddressThrottle throttle = new AddressThrottle("key", START);
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.admit(START.plusSeconds(i), 30)).isTrue();
        }
        assertThat(throttle.admit(START.plusSeconds(40), 30)).isFalse();
        assertThat(throttle.firstRefusal(30)).isTrue();
        assertThat(throttle.secondsUntilNextWindow(START.plusSeconds(40))).isEqualTo(20);
        assertThat(throttle.admit(START.plusSeconds(41), 30)).isFalse();
        assertThat(throttle.firstRefusal(30)).isFalse();
        assertThat(throttle.admit(START.plusSeconds(60), 30)).isTrue();
    }

    @Test
    void aMinuteCountedByAClockAheadStartsAgainOnAClockBehind() {
        AddressThrottle throttle = new AddressThrottle("key", START.plus(Duration.ofHours(25)));
        for (int i = 0; i < 31; i++) {
            throttle.admit(START.plus(Duration.ofHours(25)).plusSeconds(i), 30);
        }
        assertThat(throttle.admit(START, 30)).isTrue();
        assertThat(throttle.secondsUntilNextWindow(START)).isEqualTo(60);
    }
}
