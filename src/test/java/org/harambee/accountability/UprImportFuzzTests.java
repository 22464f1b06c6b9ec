package org.harambee.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.harambee.Messages;
import org.harambee.site.UploadedText;

/**
 * Any file uploaded as UPR recommendations is read as the importer reads it (decoded, then parsed and checked row
 * by row, without a database) and either gives rows that hold every rule of the format, or is refused as a whole
 * with a message that exists and a line of the file; never another exception. Seeds and earlier findings are in
 * {@code UprImportFuzzTestsInputs/}.
 */
class UprImportFuzzTests {

    @FuzzTest
    void readsOrRefusesWithALine(byte[] file) {
        String text;
        try {
            text = UploadedText.decode(file).text();
        } catch (UploadedText.Unreadable refused) {
            return;
        }
        int lines = text.split("\r\n|\r|\n", -1).length; // as the CSV parser counts them
        List<UprRow> rows;
        try {
            rows = UprFile.read(text);
        } catch (UprFileException refused) {
            assertThat(refused.line()).as(refused.getMessage()).isBetween(1, lines + 1);
            assertThat(Messages.defined("accountability.import.problem." + refused.problem()))
                    .as("message of %s", refused.problem()).isTrue();
            return;
        }
        assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(UprFile.MAX_ROWS);
        int previous = 1;
        for (UprRow row : rows) {
            assertThat(row.line()).isGreaterThan(previous).isLessThanOrEqualTo(lines);
            previous = row.line();
            assertThat(row.session()).isBetween(1, UprFile.SESSION_MAX);
            assertCell(row.stateUnderReview(), Recommendation.STATE_MAX);
            assertCell(row.recommendingState(), Recommendation.STATE_MAX);
            assertCell(row.text(), Recommendation.TEXT_MAX);
            assertOptionalCell(row.underReviewRegion(), UprFile.REGION_MAX);
            assertOptionalCell(row.recommendingRegion(), UprFile.REGION_MAX);
            assertOptionalCell(row.underReviewOrganizations(), UprFile.ORGANIZATIONS_MAX);
            assertOptionalCell(row.recommendingOrganizations(), UprFile.ORGANIZATIONS_MAX);
            if (row.action() != null) {
                assertThat(row.action()).isBetween(1, 5);
            }
            row.issues().forEach(issue -> assertCell(issue, UprFile.TAG_MAX));
            assertThat(row.fingerprint()).hasSize(64).isEqualTo(row.fingerprint());
        }
    }

    private static void assertCell(String value, int max) {
        assertThat(value).isNotBlank().hasSizeLessThanOrEqualTo(max).isEqualTo(value.strip());
    }

    private static void assertOptionalCell(String value, int max) {
        if (value != null) {
            assertCell(value, max);
        }
    }
}
