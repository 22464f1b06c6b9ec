package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.harambee.MovableClock;
import org.harambee.site.Allowance;
import org.harambee.site.NodeAllowances;
import org.junit.jupiter.api.Test;

class ApiRateLimiterTests {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-10T12:00:00Z"));
    private final NodeAllowances allowances = new NodeAllowances();
    private final ApiRateLimiter limiter = new ApiRateLimiter(6, 3, clock, allowances);

    @Test
    void aMinutesWorthAtOnceThenAsFastAsTheAllowanceRefills() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.admitAddress("203.0.113.7").admitted()).isTrue();
        }
        Allowance.Admission refused = limiter.admitAddress("203.0.113.7");
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(20);

        clock.advance(Duration.ofSeconds(19));
        assertThat(limiter.admitAddress("203.0.113.7").retryAfterSeconds()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.admitAddress("203.0.113.7").admitted()).isTrue();
        assertThat(limiter.admitAddress("203.0.113.7").admitted()).isFalse();

        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.admitAddress("203.0.113.7").admitted()).isTrue();
        }
        assertThat(limiter.admitAddress("203.0.113.7").admitted()).isFalse();
    }

    @Test
    void eachTokenAndEachAddressHasItsOwnAllowance() {
        for (int i = 0; i < 3; i++) {
            limiter.admitAddress("203.0.113.7");
        }
        assertThat(limiter.admitAddress("203.0.113.7").admitted()).isFalse();
        assertThat(limiter.admitAddress("198.51.100.2").admitted()).isTrue();

        for (int i = 0; i < 6; i++) {
            assertThat(limiter.admitToken(41).admitted()).isTrue();
        }
        Allowance.Admission refused = limiter.admitToken(41);
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(10);
        assertThat(limiter.admitToken(42).admitted()).isTrue();
    }

    @Test
    void callersQuietForAMinuteAreForgotten() {
        for (int i = 0; i < 1000; i++) {
            limiter.admitAddress("10.0." + (i / 256) + "." + (i % 256));
        }
        assertThat(allowances.tracked()).isEqualTo(1000);

        clock.advance(Duration.ofMinutes(1));
        limiter.admitToken(7);
        assertThat(allowances.tracked()).isEqualTo(1);
    }

    @Test
    void beyondTheTrackedCallersNewcomersPassUncountedUntilTheNextSweep() {
        for (int i = 0; i < NodeAllowances.MAX_TRACKED; i++) {
            limiter.admitAddress("address " + i);
        }
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.admitAddress("newcomer").admitted()).isTrue();
        }
        assertThat(allowances.tracked()).isEqualTo(NodeAllowances.MAX_TRACKED);
        assertThat(limiter.admitAddress("address 0").admitted()).isTrue();

        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.admitAddress("newcomer").admitted()).isTrue();
        }
        assertThat(limiter.admitAddress("newcomer").admitted()).isFalse();
        assertThat(allowances.tracked()).isEqualTo(1);
    }
}
