package org.harambee.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One background job: queued, then running (with the step it is at and how many of its items are done), then
 * done or failed; or interrupted, when the node running it has not shown a sign of life for a while. Every
 * transition is checked here: a job that ended never runs again.
 */
@Entity
@Table(name = "job")
class Job {

    @Id
    private UUID id;
    private String kind;
    @Enumerated(EnumType.STRING)
    private JobState state;
    private String step;
    @Column(name = "done_count")
    private int done;
    @Column(name = "total_count")
    private int total;
    private Instant queuedAt;
    private Instant startedAt;
    private Instant beatAt;
    private Instant finishedAt;

    protected Job() {
    }

    Job(UUID id, String kind, String step, int total, Instant at) {
        this.id = id;
        this.kind = kind;
        this.step = step;
        this.total = Math.max(0, total);
        this.state = JobState.QUEUED;
        this.queuedAt = at;
        this.beatAt = at;
    }

    void start(Instant at) {
        expect(JobState.QUEUED);
        state = JobState.RUNNING;
        startedAt = at;
        beatAt = at;
    }

    void progressed(String step, int done, int total, Instant at) {
        expect(JobState.RUNNING);
        this.step = step;
        this.done = Math.max(0, done);
        this.total = Math.max(0, total);
        beatAt = at;
    }

    void finish(Instant at) {
        expect(JobState.RUNNING);
        state = JobState.DONE;
        done = total;
        finishedAt = at;
    }

    void fail(Instant at) {
        if (!state.active()) {
            throw new IllegalStateException("Job " + id + " is " + state + ", it cannot fail");
        }
        state = JobState.FAILED;
        finishedAt = at;
    }

    /**
     * Records that the job was cut off when it is still active but its node has been silent for longer than
     * {@code silence}; returns whether it was.
     */
    boolean interruptIfSilent(Instant now, Duration silence) {
        if (!state.active() || !beatAt.isBefore(now.minus(silence))) {
            return false;
        }
        state = JobState.INTERRUPTED;
        finishedAt = now;
        return true;
    }

    private void expect(JobState expected) {
        if (state != expected) {
            throw new IllegalStateException("Job " + id + " is " + state + ", not " + expected);
        }
    }

    JobStatus status() {
        return new JobStatus(id, kind, state, step, done, total, queuedAt, startedAt, finishedAt);
    }
}
