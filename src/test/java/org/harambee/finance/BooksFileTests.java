package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The import's file format: defaults, and every problem by its line and column. */
class BooksFileTests {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void rowsTakeTheirDefaultsAndColumnsComeInAnyOrder() {
        BooksFile.Result result = BooksFile.read("\uFEFFKind,Amount,Date,Description,Public_Name\r\n"
                + "grant,\"25,000.00\",2027-02-01,General support,Prairie Fund\r\n"
                + "EXPENSE,1800,2027-02-10,\"Rent, February\",\r\n", USD);
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSize(2);
        BooksFile.Row grant = result.rows().get(0);
        assertThat(grant.line()).isEqualTo(2);
        assertThat(grant.date()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(grant.amount().typed()).isEqualTo("25000.00");
        assertThat(grant.account()).isEqualTo("4100");
        assertThat(grant.bank()).isEqualTo("1000");
        assertThat(grant.publicName()).isEqualTo("Prairie Fund");
        BooksFile.Row rent = result.rows().get(1);
        assertThat(rent.kind()).isEqualTo(BooksFile.Kind.EXPENSE);
        assertThat(rent.account()).isEqualTo("5990");
        assertThat(rent.description()).isEqualTo("Rent, February");
        assertThat(rent.publicName()).isNull();
    }

    @Test
    void everyProblemIsNamedByItsLineAndColumnAndNoRowIsKept() {
        BooksFile.Result result = BooksFile.read("date,kind,amount,description\n"
                + "2027-02-01,grant,100,\"A description\non two lines\"\n"
                + "2027-02-30,gift,1.000,\n"
                + "2027-03-01,expense,-5,Stamps\n", USD);
        assertThat(result.accepted()).isFalse();
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).extracting(problem -> problem.line() + " " + problem.column() + " "
                + problem.key()).containsExactly(
                        "4 date finance.import.problem.date", "4 kind finance.import.problem.kind",
                        "4 amount finance.import.problem.amount", "4 description finance.import.problem.description",
                        "5 amount finance.import.problem.amount");
    }

    @Test
    void theHeaderMustNameKnownColumnsOnceAndEveryRequiredOne() {
        assertThat(BooksFile.read("date,date,amount,colour\n2027-01-01,2027-01-01,5,red\n", USD).problems())
                .extracting(problem -> problem.column() + " " + problem.key()).containsExactly(
                        "null finance.import.problem.columnTwice", "null finance.import.problem.unknownColumn",
                        "kind finance.import.problem.columnMissing",
                        "description finance.import.problem.columnMissing");
        assertThat(BooksFile.read("date,kind,amount,description\n", USD).problems())
                .extracting(BooksFile.Problem::key).containsExactly("finance.import.problem.noRows");
        assertThat(BooksFile.read("date,kind,amount,description\n\"2027-01-01,grant,5,x\n", USD).problems())
                .extracting(BooksFile.Problem::key).containsExactly("finance.import.problem.unreadable");
    }

    @Test
    void aFileOfMoreRowsThanTheLimitIsRefused() {
        StringBuilder text = new StringBuilder("date,kind,amount,description\n");
        for (int i = 0; i <= BooksFile.MAX_ROWS; i++) {
            text.append("2027-01-01,donation,5,Gift\n");
        }
        assertThat(BooksFile.read(text.toString(), USD).problems()).extracting(BooksFile.Problem::key)
                .containsExactly("finance.import.problem.tooManyRows");
    }
}
