package org.harambee.site;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.NamedInterface;

/**
 * The application started for a command ({@code java -jar harambee.jar import-upr FILE}, {@code reindex}): the same
 * settings as the application ({@code HARAMBEE_DATA_DIR}, the {@code postgres} profile), without seeding the demo
 * network and without the start's index check (a rebuild at start would run beside the command's own writes to
 * the index), quiet, its web server on a free loopback port only (the application's security is part of the web
 * configuration).
 */
@NamedInterface(name = "api", propagate = false)
public final class CommandLine {

    private CommandLine() {
    }

    /** Starts the application for a command; the caller closes it. */
    public static ConfigurableApplicationContext start(Class<?> application) {
        return new SpringApplication(application).run("--harambee.demo.enabled=false",
                "--harambee.search.rebuild-empty-index=false", "--server.port=0",
                "--server.address=127.0.0.1", "--spring.main.log-startup-info=false", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--logging.level.org.harambee=ERROR");
    }
}
