package org.harambee.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.modulith.NamedInterface;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs background jobs and says where each is. A job is queued on this node's task executor and runs there as the
 * person who started it. Every transition and every
 * step of progress is written at once in its own transaction, so that a page following the job sees it; while a job
 * is queued or running here, this node shows it is alive every {@code beat}. A job whose node stayed silent for
 * {@code silence} is read as interrupted: its node stopped (a restart, a crash), on any node that reads it.
 */
@Service
@NamedInterface(name = "api", propagate = false)
public class Jobs {

    /** Ended jobs are forgotten after this long; the capabilities keep their own results. */
    static final Duration KEPT_FOR = Duration.ofDays(30);
    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private final JobRecords records;
    private final Clock clock;
    private final TransactionTemplate separately;
    private final Executor background;
    private final Duration silence;
    private final Set<UUID> here = ConcurrentHashMap.newKeySet();

    Jobs(JobRecords records, Clock clock, PlatformTransactionManager transactions, JobSettings settings,
            @Qualifier("applicationTaskExecutor") Executor background) {
        this.records = records;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.background = background;
        this.silence = settings.silence();
    }

    /**
     * Records a job of this kind under this id, at its first step with {@code total} items to do (0 when not known
     * yet), and starts its work in the background. The capability chooses the id and keeps it with its own record
     * first: should this node stop before the job is recorded, the job is read as interrupted.
     */
    public void start(UUID id, String kind, String firstStep, int total, JobWork work) {
        separately.executeWithoutResult(status -> records.save(new Job(id, kind, firstStep, total,
                clock.instant())));
        here.add(id);
        background.execute(new DelegatingSecurityContextRunnable(() -> execute(id, work)));
    }

    /**
     * Where a job is, or nothing for an id that names no job (one forgotten after {@link #KEPT_FOR}). An active job
     * that another node ran and whose node has been silent too long is recorded as interrupted first.
     */
    Optional<JobStatus> status(UUID id) {
        return Optional.ofNullable(separately.execute(status -> records.findById(id).map(job -> {
            if (!here.contains(id) && job.interruptIfSilent(clock.instant(), silence)) {
                log.warn("Job {} was interrupted: its node stopped showing signs of life", id);
            }
            return job.status();
        }).orElse(null)));
    }

    /**
     * The job that a capability's record names. No id, or one that names no job (its node stopped before recording
     * it, or it was forgotten after {@link #KEPT_FOR}), reads as an interrupted job: it will not finish.
     */
    public JobStatus named(UUID id) {
        return Optional.ofNullable(id).flatMap(this::status).orElseGet(() -> JobStatus.lost(id));
    }

    private void execute(UUID id, JobWork work) {
        try {
            change(id, Job::start);
            work.run((step, done, total) -> change(id, (job, at) -> job.progressed(step, done, total, at)));
            change(id, Job::finish);
        } catch (RuntimeException unexpected) {
            log.error("Job {} failed", id, unexpected);
            try {
                change(id, Job::fail);
            } catch (RuntimeException cannotRecord) {
                log.error("Could not record that job {} failed", id, cannotRecord);
            }
        } finally {
            here.remove(id);
        }
    }

    private void change(UUID id, BiConsumer<Job, Instant> transition) {
        separately.executeWithoutResult(status -> transition.accept(records.findById(id).orElseThrow(),
                clock.instant()));
    }

    /** Shows that the jobs queued or running on this node are alive. */
    @Scheduled(fixedDelayString = "${harambee.jobs.beat:10s}")
    void beat() {
        List<UUID> alive = List.copyOf(here);
        if (!alive.isEmpty()) {
            separately.executeWithoutResult(status -> records.beat(alive, clock.instant()));
        }
    }

    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT15M")
    void forgetEnded() {
        separately.executeWithoutResult(status -> records.deleteFinishedBefore(clock.instant().minus(KEPT_FOR)));
    }
}
