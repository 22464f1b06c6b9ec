package org.harambee.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.harambee.IntegrationTest;
import org.harambee.search.SearchIndexes;
import org.harambee.site.UploadedText;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The real file of sessions 1 to 16 imports whole (30,257 recommendations, 280 to the United States); importing it
 * again adds nothing; a copy with one broken row, or in an encoding that cannot be read, imports nothing and names
 * the line; a Windows-1252 copy is read as the same recommendations.
 */
@IntegrationTest
class UprImportIntegrationTests {

    @Autowired
    UprImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    SearchIndexes index;

    @Test
    void theWholeFileImportsOnceAndAgainChangesNothingInAnyEncodingItCanBeReadIn() {
        forgetEveryRecommendation();

        ImportSummary first = importer.importFile("upr.csv", UprFiles.all());
        assertThat(first).isEqualTo(new ImportSummary(UprFiles.ROWS, 0, 0));
        assertThat(count("select count(*) from recommendation")).isEqualTo(UprFiles.ROWS);
        assertThat(count("select count(*) from recommendation where state_under_review = 'United States'"))
                .isEqualTo(UprFiles.TO_THE_UNITED_STATES);
        assertThat(count("select count(*) from recommendation r join recommendation_issue i on i.recommendation_id = r.id"
                + " where r.state_under_review = 'United States' and i.tag = 'Migrants'")).isPositive();
        assertThat(jdbc.queryForObject("select count(distinct recommending_region) from recommendation", Long.class))
                .isEqualTo(7);
        assertThat(count("select count(*) from recommendation where recommending_region = '(Unknown)'")).isEqualTo(9);

        assertThat(importer.importFile("upr.csv", UprFiles.all())).isEqualTo(new ImportSummary(0, 0, UprFiles.ROWS));

        byte[] windows = UprFiles.text().getBytes(UploadedText.WINDOWS_1252);
        assertThat(windows.length).isLessThan(UprFiles.all().length);
        assertThat(importer.importFile("upr-excel.csv", windows)).isEqualTo(new ImportSummary(0, 0, UprFiles.ROWS));
        assertThat(count("select count(*) from recommendation")).isEqualTo(UprFiles.ROWS);
        Long indexed = transaction.execute(status -> Search.session(entityManager).search(Recommendation.class)
                .where(f -> f.match().field("stateUnderReview").matching("United States")).fetchTotalHitCount());
        assertThat(indexed).isEqualTo(UprFiles.TO_THE_UNITED_STATES);
    }

    @Test
    void aFileWithOneBrokenRowImportsNothingAndNamesTheLine() {
        String[] lines = new String(UprFiles.unitedStates(), StandardCharsets.UTF_8).split("\n");
        lines[150] = lines[150].replaceFirst(",(Accepted|Noted),", ",Perhaps,");
        String broken = String.join("\n", lines) + "\n";
        long before = count("select count(*) from recommendation");

        assertThatThrownBy(() -> importer.importFile("broken.csv", broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UprFileException.class, problem -> {
                    assertThat(problem.line()).isEqualTo(151);
                    assertThat(problem.column()).isEqualTo("Response");
                    assertThat(problem.value()).isEqualTo("Perhaps");
                });
        String unclosed = String.join("\n", java.util.Arrays.copyOf(lines, 20)) + "\n9,United States,WEOG,,France,"
                + "WEOG,EU,\"An unclosed quote,Accepted,4,Migrants\n";
        assertThatThrownBy(() -> importer.importFile("unclosed.csv", unclosed.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UprFileException.class, problem -> {
                    assertThat(problem.line()).isEqualTo(21);
                    assertThat(problem.problem()).isEqualTo("malformed");
                });
        String repeated = String.join("\n", java.util.Arrays.copyOf(lines, 30)) + "\n\n\n"
                + lines[3].replace(",Accepted,2,", ",Noted,2,") + "\n";
        assertThatThrownBy(() -> importer.importFile("repeated.csv", repeated.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UprFileException.class, problem -> {
                    assertThat(problem.line()).as("after two blank lines").isEqualTo(33);
                    assertThat(problem.problem()).isEqualTo("repeated");
                    assertThat(problem.value()).isEqualTo("4");
                });
        assertThat(count("select count(*) from recommendation")).isEqualTo(before);
    }

    @Test
    void aFileInAnEncodingThatCannotBeReadIsRefusedNamingItsLine() {
        byte[] us = UprFiles.unitedStates();
        byte[] utf16 = new String(us, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
        long before = count("select count(*) from recommendation");
        assertThatThrownBy(() -> importer.importFile("utf16.csv", utf16)).isInstanceOfSatisfying(
                UprFileException.class, problem -> assertThat(problem.problem()).isEqualTo("encoding"));

        String text = new String(us, StandardCharsets.UTF_8);
        int line40 = nthLineStart(text, 40);
        byte[] mixed = (text.substring(0, line40) + "9,United States,WEOG,,Perú,GRULAC,,Protect migrants"
                + ",Accepted,4,Migrants\n").getBytes(UploadedText.WINDOWS_1252);
        mixed[mixed.length - 40] = (byte) 0x81;
        assertThatThrownBy(() -> importer.importFile("mixed.csv", mixed)).isInstanceOfSatisfying(
                UprFileException.class, problem -> {
                    assertThat(problem.problem()).isEqualTo("encoding");
                    assertThat(problem.line()).isEqualTo(40);
                });
        assertThat(count("select count(*) from recommendation")).isEqualTo(before);
    }

    @Test
    void anImportCutOffByARestartOfItsNodeIsRecordedAsFailedAndInterrupted() {
        UUID id = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofMinutes(10)));
        jdbc.update("insert into job (id, kind, state, step, done_count, total_count, queued_at, started_at, beat_at)"
                + " values (?, 'accountability.import', 'RUNNING', 'STORING', 500, 3000, ?, ?, ?)", job, longAgo,
                longAgo, longAgo);
        jdbc.update("insert into recommendation_import (id, job_id, file_name, started_at, state, row_count)"
                + " values (?, ?, 'cut-off.csv', ?, 'STORING', 3000)", id, job, longAgo);

        FollowedImport followed = importer.follow(id);
        assertThat(followed.imported().state()).isEqualTo(ImportState.FAILED);
        assertThat(followed.interrupted()).isTrue();
        assertThat(importer.recent()).filteredOn(each -> each.id().equals(id))
                .extracting(RecommendationImport::state).containsExactly(ImportState.FAILED);
    }

    @Test
    void anIndexThatMissesRecommendationsIsRebuiltFromTheDatabase() throws Exception {
        importer.importFile("us.csv", UprFiles.unitedStates());
        long stored = count("select count(*) from recommendation");
        Search.mapping(entityManager.getEntityManagerFactory()).scope(Recommendation.class).workspace().purge();

        index.rebuildIfStale(Recommendation.class).toCompletableFuture().get(60, java.util.concurrent.TimeUnit.SECONDS);

        Long indexed = transaction.execute(status -> Search.session(entityManager).search(Recommendation.class)
                .where(f -> f.matchAll()).fetchTotalHitCount());
        assertThat(indexed).isEqualTo(stored);
    }

    private static int nthLineStart(String text, int line) {
        int at = 0;
        for (int i = 1; i < line; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at;
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private void forgetEveryRecommendation() {
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from recommendation");
            Search.session(entityManager).workspace(Recommendation.class).purge();
        });
    }
}
