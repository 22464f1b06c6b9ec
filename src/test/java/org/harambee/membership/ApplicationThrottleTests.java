package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.harambee.MovableClock;
import org.harambee.site.SharedAllowances;
import org.junit.jupiter.api.Test;

class ApplicationThrottleTests {

    final MovableClock clock = new MovableClock(Instant.parse("2026-03-10T12:00:00Z"));

    @Test
    void anAddressMaySendSoManyApplicationsAnHourAndOthersAreNotHeldBack() {
        ApplicationThrottle throttle = new ApplicationThrottle(3, clock, (SharedAllowances) null);
        for (int i = 0; i < 3; i++) {
            throttle.count("203.0.113.7");
            clock.advance(Duration.ofMinutes(10));
        }
        assertThatThrownBy(() -> throttle.count("203.0.113.7"))
                .isInstanceOf(ApplicationThrottle.TooManyApplicationsException.class);
        assertThatCode(() -> throttle.count("198.51.100.2")).doesNotThrowAnyException();

        clock.advance(Duration.ofMinutes(31));
        assertThatCode(() -> throttle.count("203.0.113.7")).doesNotThrowAnyException();
        assertThatThrownBy(() -> throttle.count("203.0.113.7"))
                .isInstanceOf(ApplicationThrottle.TooManyApplicationsException.class);
    }
}
