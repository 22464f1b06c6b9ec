package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.harambee.IntegrationTest;
import org.harambee.MovableClock;
import org.harambee.site.SharedAllowances;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Two nodes counting applications in the database they share: one address's hourly allowance, whichever answers. */
@IntegrationTest
class SharedApplicationThrottleIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anAddressHasOneHourlyAllowanceAcrossNodesThatRefillsOverTheHour() {
        MovableClock clock = new MovableClock(Instant.parse("2026-03-10T12:00:00Z"));
        SharedAllowances shared = new SharedAllowances(jdbc, transactions, clock);
        ApplicationThrottle first = new ApplicationThrottle(3, clock, shared);
        ApplicationThrottle second = new ApplicationThrottle(3, clock, shared);
        String address = "2001:db8::" + UUID.randomUUID().toString().substring(0, 4);

        first.count(address);
        second.count(address);
        first.count(address);
        assertThatThrownBy(() -> second.count(address))
                .isInstanceOf(ApplicationThrottle.TooManyApplicationsException.class);
        assertThatCode(() -> second.count("2001:db8::1:" + UUID.randomUUID().toString().substring(0, 4)))
                .doesNotThrowAnyException();

        clock.advance(Duration.ofMinutes(20));
        assertThatCode(() -> second.count(address)).doesNotThrowAnyException();
        assertThatThrownBy(() -> first.count(address))
                .isInstanceOf(ApplicationThrottle.TooManyApplicationsException.class);
    }
}
