package org.harambee.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.harambee.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jobs run in the background with their progress visible at once; an error fails the job; a job left active by a
 * node that stopped is read as interrupted, while one this node runs never is, however long it is quiet.
 */
@IntegrationTest
class JobsIntegrationTests {

    @Autowired
    Jobs jobs;
    @Autowired
    JdbcTemplate jdbc;

    JobStatus ended(UUID id) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(30);
        JobStatus status = jobs.status(id).orElseThrow();
        while (status.state().active() && Instant.now().isBefore(until)) {
            Thread.sleep(20);
            status = jobs.status(id).orElseThrow();
        }
        return status;
    }

    @Test
    void aJobShowsItsStepAndProgressWhileItRunsThenIsDone() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch carryOn = new CountDownLatch(1);
        UUID id = UUID.randomUUID();
        jobs.start(id, "test", "READING", 0, progress -> {
            progress.at("CHECKING", 3, 12);
            reported.countDown();
            await(carryOn);
        });
        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(jobs.status(id).orElseThrow()).extracting(JobStatus::state, JobStatus::step, JobStatus::done,
                JobStatus::total, JobStatus::percent).containsExactly(JobState.RUNNING, "CHECKING", 3, 12, 25);
        carryOn.countDown();
        assertThat(ended(id)).extracting(JobStatus::state, JobStatus::percent).containsExactly(JobState.DONE, 100);
    }

    @Test
    void anUnexpectedErrorFailsTheJob() throws Exception {
        UUID id = UUID.randomUUID();
        jobs.start(id, "test", "READING", 0, progress -> {
            throw new IllegalStateException("the disk is full");
        });
        assertThat(ended(id).state()).isEqualTo(JobState.FAILED);
    }

    @Test
    void aJobWhoseNodeStoppedIsInterruptedAndOneRunningHereIsNot() throws Exception {
        UUID orphan = UUID.randomUUID();
        Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofMinutes(5)));
        jdbc.update("insert into job (id, kind, state, step, done_count, total_count, queued_at, started_at, beat_at)"
                + " values (?, 'test', 'RUNNING', 'STORING', 10, 100, ?, ?, ?)", orphan, longAgo, longAgo, longAgo);
        assertThat(jobs.status(orphan).orElseThrow().state()).isEqualTo(JobState.INTERRUPTED);
        assertThat(jdbc.queryForObject("select state from job where id = ?", String.class, orphan))
                .isEqualTo("INTERRUPTED");

        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch carryOn = new CountDownLatch(1);
        UUID quiet = UUID.randomUUID();
        jobs.start(quiet, "test", "READING", 0, progress -> {
            started.countDown();
            await(carryOn);
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        jdbc.update("update job set beat_at = ? where id = ?", longAgo, quiet);
        assertThat(jobs.status(quiet).orElseThrow().state()).isEqualTo(JobState.RUNNING);
        jobs.beat();
        assertThat(jdbc.queryForObject("select beat_at from job where id = ?", Timestamp.class, quiet))
                .isAfter(longAgo);
        carryOn.countDown();
        assertThat(ended(quiet).state()).isEqualTo(JobState.DONE);
        assertThat(jobs.status(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aRecordNamingNoJobOrAForgottenOneReadsItAsInterrupted() throws Exception {
        assertThat(jobs.named(null).state()).isEqualTo(JobState.INTERRUPTED);
        assertThat(jobs.named(UUID.randomUUID()).state()).isEqualTo(JobState.INTERRUPTED);
        UUID done = UUID.randomUUID();
        jobs.start(done, "test", "READING", 0, progress -> { });
        assertThat(ended(done).state()).isEqualTo(JobState.DONE);
        assertThat(jobs.named(done).state()).isEqualTo(JobState.DONE);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
