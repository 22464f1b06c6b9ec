package org.harambee.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often a node shows that the jobs it runs are alive ({@code harambee.jobs.beat}, 10 s), and how long a job's
 * silence means its node stopped ({@code harambee.jobs.silence}, {@code HARAMBEE_JOBS_SILENCE}, one minute): long
 * enough that a busy node is never taken for a stopped one.
 */
@ConfigurationProperties("harambee.jobs")
record JobSettings(@DefaultValue("10s") Duration beat, @DefaultValue("1m") Duration silence) {

    JobSettings {
        if (beat.isNegative() || beat.isZero() || silence.compareTo(beat.multipliedBy(3)) < 0) {
            throw new IllegalArgumentException("harambee.jobs.silence (HARAMBEE_JOBS_SILENCE) must be at least three "
                    + "times harambee.jobs.beat, so that a running job is never taken for an interrupted one; not "
                    + silence + " for a beat of " + beat);
        }
    }
}
