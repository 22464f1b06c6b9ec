package org.harambee;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application on a {@link MovableClock} that tests move. Every test that imports it shares one application
 * context, so the tests of scheduled jobs (renewals, statement deadlines, review reminders) start it once.
 */
@TestConfiguration
public class MovableClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }
}
