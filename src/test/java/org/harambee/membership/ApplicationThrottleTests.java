package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ApplicationThrottleTests {

    Instant now = Instant.parse("2026-03-10T12:00:00Z");

    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void anAddressMaySendSoManyApplicationsAnHourAndOthersAreNotHeldBack() {
        ApplicationThrottle throttle = new ApplicationThrottle(3, clock);
        for (int i = 0; i < 3; i++) {
            throttle.count("203.0.113.7");
            now = now.plus(Duration.ofMinutes(10));
        }
        assertThatThrownBy(() -> throttle.count("203.0.113.7"))
                .isInstanceOf(ApplicationThrottle.TooManyApplicationsException.class);
        assertThatCode(() -> throttle.count("198.51.100.2")).doesNotThrowAnyException();

        now = now.plus(Duration.ofMinutes(31));
        assertThatCode(() -> throttle.count("203.0.113.7")).doesNotThrowAnyException();
        assertThatThrownBy(() -> throttle.count("203.0.113.7"))
                .isInstanceOf(ApplicationThrottle.TooManyApplicationsException.class);
    }
}
