package org.harambee.accountability;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.jobs.JobStatus;
import org.harambee.jobs.JobWork;
import org.harambee.jobs.Jobs;
import org.harambee.site.UploadedFileName;
import org.harambee.site.UploadedText;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.hibernate.Session;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports files of Universal Periodic Review recommendations, all or nothing: the file is read and every row
 * checked first ({@link UprFile}); then, in one transaction, recommendations not known yet (by their identity) are
 * added, known ones whose details differ are corrected, the rest left alone. Their issue areas and rights come from
 * the network's issue areas, through the UPR issue tags each area lists. Staff imports run as background
 * {@link Jobs}, which record their progress; the command line imports at once.
 */
@Service
@NamedInterface(name = "seeding", propagate = false)
public class UprImporter {

    /** The largest file accepted (25 MB): the 30,257 recommendations of sessions 1 to 16 take 7.5 MB. */
    public static final long MAX_BYTES = 25L * 1024 * 1024;
    static final int BATCH = 500;
    static final String JOB = "accountability.import";

    private final Recommendations recommendations;
    private final RecommendationImports imports;
    private final Taxonomy taxonomy;
    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Jobs jobs;

    UprImporter(Recommendations recommendations, RecommendationImports imports, Taxonomy taxonomy,
            EntityManager entityManager, AuditLog auditLog, Clock clock, PlatformTransactionManager transactions,
            Jobs jobs) {
        this.recommendations = recommendations;
        this.imports = imports;
        this.taxonomy = taxonomy;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.jobs = jobs;
    }

    /**
     * Imports a file now: reads it, then stores it in one transaction. A file that cannot be read, or any row
     * that does not hold, throws {@link UprFileException} with its line, and nothing is imported.
     */
    public ImportSummary importFile(String fileName, byte[] content) {
        List<UprRow> rows = UprFile.read(text(content).text());
        ImportSummary summary = store(rows, done -> { });
        auditLog.record("accountability.imported", "file " + fileName, summary.line());
        return summary;
    }

    /** Records an import of this file and starts its job; returns the import's id, to follow its progress. */
    UUID receive(String fileName, byte[] content, HarambeeUser user) {
        UUID id = UUID.randomUUID();
        String kept = UploadedFileName.of(fileName, "recommendations");
        UUID job = UUID.randomUUID();
        transaction.executeWithoutResult(status -> imports.save(new RecommendationImport(id, job, kept,
                user == null ? null : user.accountId(), clock.instant())));
        jobs.start(job, JOB, ImportState.READING.name(), 0, progress -> run(id, kept, content, progress));
        return id;
    }

    RecommendationImport find(UUID id) {
        return imports.findById(id).orElseThrow(UnknownImportException::new);
    }

    /**
     * The import as its page shows it, with its job. One whose job failed, was interrupted (its node stopped) or is
     * forgotten is recorded as failed, having stored nothing.
     */
    FollowedImport follow(UUID id) {
        RecommendationImport found = find(id);
        JobStatus job = jobs.named(found.jobId());
        if (found.state().running() && job.state().stopped()) {
            found = transaction.execute(status -> {
                RecommendationImport stopped = find(id);
                if (stopped.state().running()) {
                    stopped.failed(clock.instant());
                }
                return stopped;
            });
        }
        return new FollowedImport(found, job);
    }

    /** The last ten imports, as {@link #follow} sees each. */
    List<RecommendationImport> recent() {
        return imports.findTop10ByOrderByStartedAtDesc().stream()
                .map(each -> each.state().running() ? follow(each.id()).imported() : each).toList();
    }

    /** The job's work: a file that does not hold is refused; an unexpected error fails the job. */
    private void run(UUID id, String fileName, byte[] content, JobWork.Progress progress) {
        try {
            UploadedText.Decoded decoded = text(content);
            List<UprRow> rows = UprFile.read(decoded.text());
            transaction.executeWithoutResult(status -> find(id).storing(decoded.charset().name(), rows.size()));
            progress.at(ImportState.STORING.name(), 0, rows.size());
            ImportSummary summary = store(rows, done -> progress.at(ImportState.STORING.name(), done, rows.size()));
            transaction.executeWithoutResult(status -> {
                find(id).done(summary, clock.instant());
                auditLog.record("accountability.imported", "file " + fileName, summary.line());
            });
        } catch (UprFileException refused) {
            transaction.executeWithoutResult(status -> find(id).refused(refused, clock.instant()));
        }
    }

    private static UploadedText.Decoded text(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new UprFileException(0, null, "tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        try {
            return UploadedText.decode(content);
        } catch (UploadedText.Unreadable unreadable) {
            throw new UprFileException(unreadable.line(), null,
                    unreadable.reason() == UploadedText.Reason.EMPTY ? "empty" : "encoding", null);
        }
    }

    /**
     * Stores checked rows in one transaction, telling {@code progress} how many rows are done every batch. A row that
     * repeats an earlier one is counted unchanged; one that repeats its identity with other details refuses the
     * file, since which of the two holds is not for the importer to guess.
     */
    private ImportSummary store(List<UprRow> rows, IntConsumer progress) {
        Map<String, UprRow> byIdentity = new LinkedHashMap<>();
        for (UprRow row : rows) {
            UprRow first = byIdentity.putIfAbsent(row.fingerprint(), row);
            if (first != null && !first.details().equals(row.details())) {
                throw new UprFileException(row.line(), null, "repeated", String.valueOf(first.line()));
            }
        }
        int repeated = rows.size() - byIdentity.size();
        return transaction.execute(status -> {
            Vocabulary vocabulary = new Vocabulary(taxonomy.allIssueAreas());
            entityManager.unwrap(Session.class).setJdbcBatchSize(BATCH);
            List<UprRow> unique = new ArrayList<>(byIdentity.values());
            int added = 0;
            int updated = 0;
            int unchanged = repeated;
            for (int from = 0; from < unique.size(); from += BATCH) {
                List<UprRow> batch = unique.subList(from, Math.min(unique.size(), from + BATCH));
                Map<String, Object[]> known = new HashMap<>();
                recommendations.findKnown(batch.stream().map(UprRow::fingerprint).toList())
                        .forEach(row -> known.put((String) row[1], row));
                for (UprRow row : batch) {
                    Object[] found = known.get(row.fingerprint());
                    if (found == null) {
                        Terms terms = vocabulary.of(row.issues());
                        entityManager.persist(new Recommendation(row, terms.issueAreas(), terms.rights(),
                                clock.instant()));
                        added++;
                    } else if (!row.details().equals(found[2])) {
                        Terms terms = vocabulary.of(row.issues());
                        entityManager.find(Recommendation.class, found[0]).correct(row, terms.issueAreas(),
                                terms.rights());
                        updated++;
                    } else {
                        unchanged++;
                    }
                }
                entityManager.flush();
                entityManager.clear();
                progress.accept(Math.min(rows.size(), from + batch.size() + repeated));
            }
            return new ImportSummary(added, updated, unchanged);
        });
    }

    /** A recommendation's issue areas and rights in the network's vocabulary. */
    private record Terms(Set<Long> issueAreas, Set<Integer> rights) {
    }

    /** The network's issue areas by the UPR issue tags they list, and their rights. */
    private static final class Vocabulary {

        private final Map<String, Set<IssueArea>> areasByTag = new HashMap<>();

        Vocabulary(List<IssueArea> areas) {
            for (IssueArea area : areas) {
                if (!area.retired()) {
                    area.uprTags().forEach(tag -> areasByTag.computeIfAbsent(tag.toLowerCase(Locale.ROOT),
                            t -> new HashSet<>()).add(area));
                }
            }
        }

        /** The issue areas the tags name, and the rights of those areas, in one pass. */
        Terms of(Set<String> tags) {
            Set<Long> ids = new TreeSet<>();
            Set<Integer> articles = new TreeSet<>();
            for (String tag : tags) {
                for (IssueArea area : areasByTag.getOrDefault(tag.toLowerCase(Locale.ROOT), Set.of())) {
                    ids.add(area.id());
                    articles.addAll(area.rights());
                }
            }
            return new Terms(ids, articles);
        }
    }
}
