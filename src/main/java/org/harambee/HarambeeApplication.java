package org.harambee;

import java.time.Clock;
import org.harambee.accountability.UprCommand;
import org.harambee.governance.count.CountStvCommand;
import org.harambee.search.ReindexCommand;
import org.harambee.site.CommandLine;
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

    /**
     * Runs the application; with {@code import-upr FILE} imports UN recommendations and exits, with
     * {@code reindex} rebuilds every search index and exits, with {@code count-stv FILE.blt...} counts STV ballot
     * files (without starting the application) and exits.
     */
    public static void main(String[] args) {
        if (args.length > 0 && CountStvCommand.NAME.equals(args[0])) {
            System.exit(CountStvCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && UprCommand.NAME.equals(args[0])) {
            System.exit(UprCommand.run(HarambeeApplication.class, args, System.out, System.err));
        }
        if (args.length > 0 && ReindexCommand.NAME.equals(args[0])) {
            System.exit(ReindexCommand.run(CommandLine::start, HarambeeApplication.class, args, System.out,
                    System.err));
        }
        SpringApplication.run(HarambeeApplication.class, args);
    }

    /** The time every capability reads, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
