package org.harambee;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Harambee: the platform a human rights network runs on.
 * A modular monolith; each top-level package is one capability of the network.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HarambeeApplication {

    public static void main(String[] args) {
        SpringApplication.run(HarambeeApplication.class, args);
    }

    /** The time every capability reads, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
