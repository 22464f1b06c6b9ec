package org.harambee.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.Messages;
import org.harambee.membership.MemberRegistry;
import org.harambee.membership.RegisteredOrganization;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;

/**
 * Any file uploaded as an organization import is read and checked as the importer does (decoded, parsed, every
 * cell read and compared with the rows above and with an organization the network has; the membership rules and
 * the database are left out) and either is refused as a whole with a message that exists, or gives rows on the
 * file's lines whose problems each name one of those lines and a message that exists; never another exception.
 * Seeds and earlier findings are in {@code OrganizationImportFuzzTestsInputs/}.
 */
class OrganizationImportFuzzTests {

    private final ImportCheck check = new ImportCheck(network(), taxonomy(), Messages.SOURCE,
            Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC));

    @FuzzTest
    void readsOrRefusesTheWholeFile(byte[] file) {
        OrganizationCsv.Read read;
        String text;
        try {
            text = OrganizationImporter.decode(file).text();
            read = OrganizationCsv.read(text);
        } catch (RefusedFileException refused) {
            assertThat(Messages.defined(refused.key())).as("message %s", refused.key()).isTrue();
            return;
        }
        int lines = text.split("\r\n|\r|\n", -1).length; // as the CSV parser counts them
        assertThat(read.columns()).contains(ImportColumn.NAME, ImportColumn.EMAIL, ImportColumn.ISSUE_AREAS);
        assertThat(read.rows()).isNotEmpty().hasSizeLessThanOrEqualTo(OrganizationCsv.MAX_ROWS);
        int previous = 1;
        for (ImportRow row : read.rows()) {
            assertThat(row.line()).isGreaterThan(previous).isLessThanOrEqualTo(lines);
            previous = row.line();
            assertThat(read.columns()).containsAll(row.cells().keySet());
            row.cells().values().forEach(cell -> assertThat(cell).isNotBlank().isEqualTo(cell.strip()));
        }
        Set<Integer> rowLines = read.rows().stream().map(ImportRow::line).collect(Collectors.toSet());
        ImportCheck.Outcome outcome = check.check(read.rows(), checked -> { });
        assertThat(outcome.rows()).isEqualTo(read.rows().size());
        for (ImportProblem problem : outcome.problems()) {
            assertThat(rowLines).contains(problem.line());
            assertThat(problem.codes()).as("message of a problem").anyMatch(Messages::defined);
        }
        outcome.matches().forEach(match -> assertThat(rowLines).contains(match.line()));
        outcome.pending().forEach(pending -> assertThat(rowLines).contains(pending.line()));
    }

    /** A network with one organization, for rows to match; it finds no problem of its own. */
    private static MemberRegistry network() {
        MemberRegistry registry = mock(MemberRegistry.class);
        when(registry.registeredOrganizations()).thenReturn(List.of(new RegisteredOrganization(1L,
                "Centro de Derechos del Valle", "centro-de-derechos-del-valle", "https://derechos.example.org",
                "info@derechos.example.org")));
        return registry;
    }

    private static Taxonomy taxonomy() {
        List<IssueArea> areas = List.of(issueArea(1L, "labor"), issueArea(2L, "immigration"));
        Taxonomy taxonomy = mock(Taxonomy.class);
        when(taxonomy.allIssueAreas()).thenReturn(areas);
        return taxonomy;
    }

    private static IssueArea issueArea(long id, String slug) {
        IssueArea area = mock(IssueArea.class);
        when(area.id()).thenReturn(id);
        when(area.slug()).thenReturn(slug);
        return area;
    }
}
