package org.harambee.directory.imports;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.identity.AuditLog;
import org.harambee.jobs.JobState;
import org.harambee.jobs.JobStatus;
import org.harambee.jobs.JobWork;
import org.harambee.jobs.Jobs;
import org.harambee.membership.InvalidRegistrationException;
import org.harambee.membership.MemberRegistry;
import org.harambee.membership.OrganizationRegistration;
import org.harambee.membership.OrganizationUpdate;
import org.harambee.site.UploadedFileName;
import org.harambee.site.UploadedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports organizations from a CSV file in three steps, each long one a background job of {@link Jobs}, which
 * records its progress: the file is received and checked ({@link ImportCheck}); staff review the problems and
 * choose, for each
 * row matching an organization the network has, to skip it or update that organization; then everything is
 * checked again against the network as it is now and imported in one transaction through {@link MemberRegistry},
 * all or nothing. Imports are forgotten a week after they start, with their file.
 */
@Service
class OrganizationImporter {

    /** From this many organizations stored at once, the search index is compacted afterwards. */
    static final int LARGE_IMPORT = 1_000;

    /** The largest file accepted (10 MB): about 20,000 organizations with long missions. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final Duration KEPT_FOR = Duration.ofDays(7);
    static final String JOB = "directory.import";
    private static final Logger log = LoggerFactory.getLogger(OrganizationImporter.class);

    private final OrganizationImports imports;
    private final ImportResults results;
    private final ImportCheck check;
    private final MemberRegistry registry;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Jobs jobs;

    OrganizationImporter(OrganizationImports imports, ImportResults results, ImportCheck check,
            MemberRegistry registry, AuditLog auditLog, Clock clock, PlatformTransactionManager transactions,
            Jobs jobs) {
        this.imports = imports;
        this.results = results;
        this.check = check;
        this.registry = registry;
        this.auditLog = auditLog;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.jobs = jobs;
    }

    /** Stores an uploaded file and starts checking it in the background; returns the import's id. */
    UUID receive(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("An import file has at most " + MAX_BYTES + " bytes");
        }
        UUID id = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            results.deleteStartedBefore(clock.instant().minus(KEPT_FOR));
            imports.save(new OrganizationImport(id, job,
                    SecurityContextHolder.getContext().getAuthentication().getName(),
                    UploadedFileName.of(fileName, "organizations"), clock.instant()));
            imports.flush();
            results.storeFile(id, content);
        });
        jobs.start(job, JOB, ImportStep.READING.name(), 0, progress -> checkFile(id, progress));
        return id;
    }

    /**
     * The import as its page shows it, with the job of a running one. One whose job failed, was interrupted (its node
     * stopped) or is forgotten is recorded as failed first, having imported nothing.
     */
    Followed follow(UUID id) {
        OrganizationImport found = record(id);
        if (!found.state().running()) {
            return new Followed(found, null);
        }
        JobStatus job = jobs.named(found.jobId());
        if (job.state().stopped()) {
            fail(id, job.state() == JobState.INTERRUPTED ? "jobs.interrupted" : "directory.import.failed.unexpected");
            return new Followed(record(id), job);
        }
        return new Followed(found, job);
    }

    /** The import as {@link #follow} sees it. */
    OrganizationImport find(UUID id) {
        return follow(id).imported();
    }

    /** An import with the job of its running step: none once it ended, the stopped job when it just failed. */
    record Followed(OrganizationImport imported, JobStatus job) {
    }

    /** The last ten imports, as {@link #find} sees each. */
    List<OrganizationImport> recent() {
        return imports.findTop10ByOrderByCreatedAtDesc().stream()
                .map(each -> each.state().running() ? find(each.id()) : each).toList();
    }

    @Transactional(readOnly = true)
    List<ImportProblem> problems(UUID id) {
        return results.problems(record(id).id());
    }

    @Transactional(readOnly = true)
    List<ImportMatch> matches(UUID id, int offset, int limit) {
        return results.matches(record(id).id(), offset, limit);
    }

    /**
     * Records choices for matching rows (by line) while the import waits for review; returns false, changing
     * nothing, once it no longer does (it is being imported, or was).
     */
    @Transactional
    boolean decide(UUID id, Map<Integer, ImportMatch.Decision> decisions) {
        if (record(id).state() != ImportState.READY) {
            return false;
        }
        results.decide(id, decisions);
        return true;
    }

    /** The same choice for every matching row, as {@link #decide} does. */
    @Transactional
    boolean decideAll(UUID id, ImportMatch.Decision decision) {
        if (record(id).state() != ImportState.READY) {
            return false;
        }
        results.decideAll(id, decision);
        return true;
    }

    /**
     * Starts importing a reviewed file without problems, in the background. Returns false when it cannot be
     * imported (problems remain, or it is not waiting for review).
     */
    boolean commit(UUID id) {
        UUID job = UUID.randomUUID();
        Integer started;
        try {
            started = transaction.execute(status -> {
                OrganizationImport found = record(id);
                if (found.state() != ImportState.READY || found.problemCount() > 0) {
                    return null;
                }
                found.commit(job, clock.instant());
                return found.rowCount();
            });
        } catch (OptimisticLockingFailureException startedByAnother) {
            return false;
        }
        if (started != null) {
            jobs.start(job, JOB, ImportStep.CHECKING_AGAIN.name(), started, progress -> store(id, progress));
        }
        return started != null;
    }

    /** The file's text; a file that cannot be read as text is refused. */
    static UploadedText.Decoded decode(byte[] file) {
        try {
            return UploadedText.decode(file);
        } catch (UploadedText.Unreadable unreadable) {
            throw new RefusedFileException(unreadable.reason() == UploadedText.Reason.EMPTY
                    ? "directory.import.refused.empty" : "directory.import.refused.encoding");
        }
    }

    /** Reads and checks the file; a file that cannot be read is refused and forgotten. */
    private void checkFile(UUID id, JobWork.Progress progress) {
        try {
            UploadedText.Decoded decoded = decode(results.file(id));
            List<ImportRow> rows = OrganizationCsv.read(decoded.text()).rows();
            progress.at(ImportStep.CHECKING.name(), 0, rows.size());
            ImportCheck.Outcome outcome = check.check(rows, done -> progress.at(ImportStep.CHECKING.name(), done,
                    rows.size()));
            transaction.executeWithoutResult(status -> {
                results.replace(id, outcome.problems(), outcome.matches());
                record(id).checked(decoded.charset().name(), rows.size(), outcome.newOrganizations(),
                        outcome.problems().size(), outcome.matches().size(), clock.instant());
            });
        } catch (RefusedFileException refused) {
            transaction.executeWithoutResult(status -> {
                record(id).refuse(refused.key(), refused.arguments(), clock.instant());
                results.dropFile(id);
            });
        }
    }

    /**
     * Checks the file again against the network as it is now, then imports it in one transaction. When the
     * check finds problems or different matches than staff reviewed, nothing is imported and the import waits for
     * review again (choices for rows that match the same organization as before are kept).
     */
    private void store(UUID id, JobWork.Progress progress) {
        try {
            OrganizationImport started = record(id);
            List<ImportRow> rows = OrganizationCsv.read(decode(results.file(id)).text()).rows();
            ImportCheck.Outcome outcome = check.check(rows, done -> progress.at(ImportStep.CHECKING_AGAIN.name(), done,
                    rows.size()));
            Map<Integer, ImportMatch> reviewed = results.allMatches(id).stream()
                    .collect(Collectors.toMap(ImportMatch::line, match -> match));
            if (!outcome.problems().isEmpty() || !sameMatches(reviewed, outcome.matches())) {
                reviewAgain(id, outcome, reviewed, started.encoding());
                return;
            }
            List<OrganizationUpdate> updates = outcome.pending().stream().filter(p -> p.update() != null
                    && reviewed.get(p.line()).decision() == ImportMatch.Decision.UPDATE)
                    .map(ImportCheck.Pending::update).toList();
            List<OrganizationRegistration> registrations = outcome.pending().stream()
                    .map(ImportCheck.Pending::registration).filter(r -> r != null).toList();
            int total = updates.size() + registrations.size();
            int skipped = outcome.matches().size() - updates.size();
            progress.at(ImportStep.STORING.name(), 0, total);
            transaction.executeWithoutResult(status -> {
                registry.updateOrganizations(updates, done -> progress.at(ImportStep.STORING.name(), done, total));
                if (!registrations.isEmpty()) {
                    registry.registerOrganizations(registrations, done -> progress.at(ImportStep.STORING.name(),
                            updates.size() + done, total));
                }
                auditLog.record("directory.import.committed", started.fileName(), "imported "
                        + registrations.size() + ", updated " + updates.size() + ", skipped " + skipped);
                record(id).committed(registrations.size(), updates.size(), skipped, clock.instant());
                results.dropFile(id);
            });
            if (total >= LARGE_IMPORT) {
                registry.compactSearchIndex();
            }
        } catch (InvalidRegistrationException | DataIntegrityViolationException changedMeanwhile) {
            log.info("Import {} was not stored: the network changed while it was imported", id);
            fail(id, "directory.import.failed.changed");
        }
    }

    private static boolean sameMatches(Map<Integer, ImportMatch> reviewed, List<ImportMatch> now) {
        return reviewed.size() == now.size() && now.stream().allMatch(match -> reviewed.containsKey(match.line())
                && reviewed.get(match.line()).organizationId().equals(match.organizationId()));
    }

    private void reviewAgain(UUID id, ImportCheck.Outcome outcome, Map<Integer, ImportMatch> reviewed,
            String encoding) {
        Map<Integer, ImportMatch.Decision> kept = new HashMap<>();
        outcome.matches().stream().filter(match -> reviewed.containsKey(match.line())
                && reviewed.get(match.line()).organizationId().equals(match.organizationId()))
                .forEach(match -> kept.put(match.line(), reviewed.get(match.line()).decision()));
        transaction.executeWithoutResult(status -> {
            results.replace(id, outcome.problems(), outcome.matches());
            results.decide(id, kept);
            record(id).checked(encoding, outcome.rows(), outcome.newOrganizations(), outcome.problems().size(),
                    outcome.matches().size(), clock.instant());
        });
    }

    private OrganizationImport record(UUID id) {
        return imports.findById(id).orElseThrow(() -> new UnknownImportException(id));
    }

    private void fail(UUID id, String messageKey) {
        transaction.executeWithoutResult(status -> {
            OrganizationImport failed = record(id);
            if (failed.state().running()) {
                failed.failed(messageKey, clock.instant());
            }
        });
    }

}
