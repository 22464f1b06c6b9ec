package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.harambee.MovableClock;
import org.harambee.site.NodeAllowances;
import org.junit.jupiter.api.Test;

class ApplicationThrottleTests {

    final MovableClock clock = new MovableClock(Instant.parse("2026-03-10T12:00:00Z"));

    @Test
    void anAddressMaySendSoManyApplicationsAnHourAndOthersAreNotHeldBack() {
        ApplicationThrottle throttle = new ApplicationThrottle(3, clock, new NodeAllowances());
        for (int i = 0; i < 3; i++) {
            throttle.count("203.0.113.7");
        }
        assertThatThrownBy(() -> throttle.count("203.0.113.7"))
                .isInstanceOf(ApplicationThrottle.TooManyApplicationsException.class);
        assertThatCode(() -> throttle.count("198.51.100.2")).doesNotThrowAnyException();

        clock.advance(Duration.ofMinutes(19));
        assertThatThrownBy(() -> throttle.count("203.0.113.7"))
                .as("three an hour: one more every twenty minutes")
                .isInstanceOf(ApplicationThrottle.TooManyApplicationsException.class);
        clock.advance(Duration.ofMinutes(1));
        assertThatCode(() -> throttle.count("203.0.113.7")).doesNotThrowAnyException();
        assertThatThrownBy(() -> throttle.count("203.0.113.7"))
                .isInstanceOf(ApplicationThrottle.TooManyApplicationsException.class);
    }
}
