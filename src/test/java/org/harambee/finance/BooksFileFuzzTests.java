package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Currency;
import org.harambee.Messages;
import org.harambee.site.UploadedText;

/**
 * Any file uploaded as grants, donations and expenses is read as the import reads it (decoded, then parsed and
 * checked row by row, without a database) and gives either rows that hold every rule of the format, or problems
 * each with a line of the file, a known column or none, and a message that exists; never another exception. Seeds
 * are in {@code BooksFileFuzzTestsInputs/}.
 */
class BooksFileFuzzTests {

    private static final Currency USD = Currency.getInstance("USD");

    @FuzzTest
    void readsOrRefusesByLineAndColumn(byte[] file) {
        String text;
        try {
            text = UploadedText.decode(file).text();
        } catch (UploadedText.Unreadable refused) {
            return;
        }
        int lines = text.split("\r\n|\r|\n", -1).length;
        BooksFile.Result result = BooksFile.read(text, USD);
        if (!result.accepted()) {
            assertThat(result.rows()).isEmpty();
            assertThat(result.problems()).hasSizeLessThanOrEqualTo(BooksFile.MAX_PROBLEMS);
            for (BooksFile.Problem problem : result.problems()) {
                assertThat(problem.line()).as(problem.key()).isBetween(1, lines + 1);
                assertThat(problem.column() == null || BooksFile.COLUMNS.contains(problem.column()))
                        .as(problem.column()).isTrue();
                assertThat(Messages.defined(problem.key())).as("message of %s", problem.key()).isTrue();
            }
            return;
        }
        assertThat(result.rows()).isNotEmpty().hasSizeLessThanOrEqualTo(BooksFile.MAX_ROWS);
        int previous = 1;
        for (BooksFile.Row row : result.rows()) {
            assertThat(row.line()).isGreaterThan(previous).isLessThanOrEqualTo(lines);
            previous = row.line();
            assertThat(JournalEntry.dated(row.date())).isTrue();
            assertThat(row.kind()).isNotNull();
            assertThat(row.amount().signum()).isPositive();
            assertThat(row.description()).isNotBlank().hasSizeLessThanOrEqualTo(JournalEntry.MAX_DESCRIPTION)
                    .isEqualTo(row.description().strip());
            assertThat(row.account()).isNotBlank().hasSizeLessThanOrEqualTo(LedgerAccount.MAX_CODE);
            assertThat(row.bank()).isNotBlank().hasSizeLessThanOrEqualTo(LedgerAccount.MAX_CODE);
            if (row.publicName() != null) {
                assertThat(row.publicName()).isNotBlank().hasSizeLessThanOrEqualTo(PublicAccount.MAX_NAME);
            }
        }
    }
}
