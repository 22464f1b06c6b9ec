package org.harambee.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A job moves only forward: queued, running, then done or failed; silence interrupts only an active job. */
class JobTests {

    static final Instant AT = Instant.parse("2026-12-05T12:00:00Z");

    @Test
    void aJobRunsReportsItsProgressAndFinishes() {
        Job job = new Job(UUID.randomUUID(), "test", "READING", 0, AT);
        assertThat(job.status().state()).isEqualTo(JobState.QUEUED);
        job.start(AT.plusSeconds(1));
        job.progressed("STORING", 250, 1000, AT.plusSeconds(2));
        assertThat(job.status()).extracting(JobStatus::state, JobStatus::step, JobStatus::percent)
                .containsExactly(JobState.RUNNING, "STORING", 25);
        job.finish(AT.plusSeconds(3));
        assertThat(job.status()).extracting(JobStatus::state, JobStatus::percent, JobStatus::finishedAt)
                .containsExactly(JobState.DONE, 100, AT.plusSeconds(3));
    }

    @Test
    void anEndedJobNeverRunsOrReportsAgain() {
        Job job = new Job(UUID.randomUUID(), "test", "READING", 0, AT);
        assertThatThrownBy(() -> job.finish(AT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> job.progressed("READING", 1, 2, AT)).isInstanceOf(IllegalStateException.class);
        job.start(AT);
        job.fail(AT.plusSeconds(1));
        assertThat(job.status().state()).isEqualTo(JobState.FAILED);
        assertThatThrownBy(() -> job.start(AT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> job.finish(AT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> job.fail(AT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAnActiveJobWhoseNodeWasSilentTooLongIsInterrupted() {
        Duration silence = Duration.ofMinutes(1);
        Job running = new Job(UUID.randomUUID(), "test", "READING", 0, AT);
        running.start(AT);
        running.progressed("CHECKING", 1, 10, AT.plusSeconds(30));
        assertThat(running.interruptIfSilent(AT.plusSeconds(89), silence)).isFalse();
        assertThat(running.status().state()).isEqualTo(JobState.RUNNING);
        assertThat(running.interruptIfSilent(AT.plusSeconds(91), silence)).isTrue();
        assertThat(running.status().state()).isEqualTo(JobState.INTERRUPTED);
        assertThatThrownBy(() -> running.finish(AT.plusSeconds(92))).isInstanceOf(IllegalStateException.class);

        Job queued = new Job(UUID.randomUUID(), "test", "READING", 0, AT);
        assertThat(queued.interruptIfSilent(AT.plusSeconds(61), silence)).isTrue();

        Job done = new Job(UUID.randomUUID(), "test", "READING", 0, AT);
        done.start(AT);
        done.finish(AT);
        assertThat(done.interruptIfSilent(AT.plusSeconds(3600), silence)).isFalse();
        assertThat(done.status().state()).isEqualTo(JobState.DONE);
    }

    @Test
    void aSilenceShorterThanThreeBeatsIsRefusedAtStart() {
        assertThatThrownBy(() -> new JobSettings(Duration.ofSeconds(10), Duration.ofSeconds(20)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("harambee.jobs.silence");
        assertThat(new JobSettings(Duration.ofSeconds(10), Duration.ofMinutes(1)).silence())
                .isEqualTo(Duration.ofMinutes(1));
    }
}
