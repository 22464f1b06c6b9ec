package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.harambee.site.Refusal;
import org.junit.jupiter.api.Test;

/** An entry balances, has two lines at least, each on one side, and is undone only by its reversal. */
class JournalEntryTests {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);
    private static final UUID TREASURER = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-04-01T15:00:00Z");

    private static Money usd(String amount) {
        return Money.parse(amount, USD).orElseThrow();
    }

    private static EntryDraft.Line debit(int row, long account, String amount) {
        return new EntryDraft.Line(row, account, usd(amount), null, null);
    }

    private static EntryDraft.Line credit(int row, long account, String amount) {
        return new EntryDraft.Line(row, account, null, usd(amount), null);
    }

    @Test
    void aBalancedEntryIsPostedWithItsLinesInOrder() {
        JournalEntry entry = JournalEntry.post(new EntryDraft(DAY, " Grant received ", USD, List.of(
                debit(0, 1, "5000"), credit(1, 13, "4000"), credit(2, 14, "1000"))), TREASURER, NOW);
        assertThat(entry.description()).isEqualTo("Grant received");
        assertThat(entry.lines()).extracting(JournalLine::accountId).containsExactly(1L, 13L, 14L);
        assertThat(entry.lines().get(0).debit()).isEqualByComparingTo("5000");
        assertThat(entry.lines().get(1).credit()).isEqualByComparingTo("4000");
    }

    @Test
    void debitsThatDoNotEqualCreditsAreRefusedNamingBoth() {
        assertThatThrownBy(() -> JournalEntry.post(new EntryDraft(DAY, "Rent", USD, List.of(debit(0, 21, "1200"),
                credit(1, 1, "1199.99"))), TREASURER, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.key()).isEqualTo("finance.entry.unbalanced");
                    assertThat(refusal.field()).isEqualTo("lines");
                    assertThat(refusal.problems().get(0).arguments()).containsExactly("1200.00", "1199.99");
                });
    }

    @Test
    void everyProblemIsNamedAtItsField() {
        assertThatThrownBy(() -> JournalEntry.post(new EntryDraft(null, " ", USD, List.of(
                new EntryDraft.Line(3, 1L, usd("5"), usd("5"), null))), TREASURER, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.problems())
                        .extracting(Refusal.Problem::field)
                        .containsExactly("date", "description", "lines[3].debit", "lines"));
        assertThatThrownBy(() -> JournalEntry.post(new EntryDraft(DAY, "x".repeat(301), USD, List.of(
                debit(0, 1, "1"), credit(1, 2, "1"))), TREASURER, NOW)).isInstanceOf(Refusal.class);
    }

    @Test
    void aReversalPutsEveryLineOnTheOtherSideAndNamesWhatItReverses() {
        JournalEntry entry = JournalEntry.post(new EntryDraft(DAY, "Printing", USD, List.of(debit(0, 24, "80.25"),
                credit(1, 1, "80.25"))), TREASURER, NOW);
        JournalEntry reversal = entry.reversal(DAY.plusDays(2), "Paid twice", TREASURER, NOW);
        assertThat(reversal.description()).isEqualTo("Paid twice");
        assertThat(reversal.entryDate()).isEqualTo(DAY.plusDays(2));
        assertThat(reversal.lines().get(0).credit()).isEqualByComparingTo(new BigDecimal("80.25"));
        assertThat(reversal.lines().get(1).debit()).isEqualByComparingTo(new BigDecimal("80.25"));
        assertThatThrownBy(() -> entry.reversal(DAY, " ", TREASURER, NOW)).isInstanceOf(Refusal.class);
    }
}
