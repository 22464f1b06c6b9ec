package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL the database guards the books too, whatever writes to it: an entry that does not balance (or has a
 * single line, or none) is refused at commit, and a posted entry can be neither changed, deleted nor added to. Run
 * only on PostgreSQL (the suite's second run), the engine whose triggers these are.
 */
@IntegrationTest
class LedgerGuardsOnPostgresqlTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Ledger ledger;
    @Autowired
    MembershipFixtures fixtures;

    private long account(String code) {
        return jdbc.queryForObject("select id from ledger_account where code = ?", Long.class, code);
    }

    private long entries() {
        return jdbc.queryForObject("select count(*) from journal_entry", Long.class);
    }

    private void write(long id, String... lines) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("insert into journal_entry (id, entry_date, description, posted_at, posted_by) values (?, ?, ?,"
                    + " current_timestamp, ?)", id, LocalDate.of(2030, 1, 1), "Written by hand", UUID.randomUUID());
            for (int i = 0; i < lines.length; i++) {
                String[] line = lines[i].split("\\|");
                jdbc.update("insert into journal_line (entry_id, position, account_id, debit, credit) values (?, ?, ?,"
                        + " ?, ?)", id, i, account(line[0]), new BigDecimal(line[1]),
                        new BigDecimal(line[2]));
            }
        });
    }

    @Test
    void anEntryDatedInAClosedPeriodIsRefusedWhateverWritesIt() {
        LocalDate closed = jdbc.queryForObject("select coalesce(max(through), date '1950-12-31') from closed_period",
                LocalDate.class);
        if (jdbc.queryForObject("select count(*) from closed_period", Long.class) == 0) {
            ledger.close(closed, fixtures.account(Role.TREASURER).accountId());
        }
        long id = 910_000_000L + (System.nanoTime() % 1_000_000);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> jdbc.update("insert into journal_entry"
                + " (id, entry_date, description, posted_at, posted_by) values (?, ?, ?, current_timestamp, ?)", id,
                closed, "Backdated by hand", UUID.randomUUID()))).rootCause().hasMessageContaining("closed through");
    }

    @Test
    void anEntryThatDoesNotBalanceIsRefusedAtCommitWhateverWritesIt() {
        long before = entries();
        long id = 900_000_000L + (System.nanoTime() % 1_000_000);
        assertThatThrownBy(() -> write(id, "1000|100|0", "4100|0|99.99")).rootCause()
                .hasMessageContaining("does not balance");
        assertThatThrownBy(() -> write(id + 1, "1000|100|0")).rootCause()
                .hasMessageContaining("does not balance");
        assertThatThrownBy(() -> write(id + 2)).rootCause()
                .hasMessageContaining("does not balance");
        write(id + 3, "1000|100|0", "4100|0|60", "4200|0|40");
        assertThat(entries()).isEqualTo(before + 1);
    }

    @Test
    void aPostedEntryIsNeverChangedDeletedNorAddedTo() {
        HarambeeUser treasurer = fixtures.account(Role.TREASURER);
        Long id = ledger.post(new EntryDraft(LocalDate.of(2030, 2, 2), "Bank fee", ledger.currency(), List.of(
                new EntryDraft.Line(0, account("5900"), Money.parse("12", ledger.currency()).orElseThrow(), null,
                        null),
                new EntryDraft.Line(1, account("1000"), null, Money.parse("12", ledger.currency()).orElseThrow(),
                        null))), treasurer.accountId());
        assertThatThrownBy(() -> jdbc.update("update journal_line set debit = 13 where entry_id = ? and position = 0",
                id)).isInstanceOf(DataAccessException.class).hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.update("delete from journal_line where entry_id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.update("update journal_entry set description = 'Other' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never changed");
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jdbc.update("insert into journal_line (entry_id, position, account_id, debit, credit) values (?, 2, ?,"
                    + " 5, 0)", id, account("5900"));
            jdbc.update("insert into journal_line (entry_id, position, account_id, debit, credit) values (?, 3, ?,"
                    + " 0, 5)", id, account("1000"));
        })).rootCause().hasMessageContaining("never changed once posted");
        assertThat(jdbc.queryForObject("select description from journal_entry where id = ?", String.class, id))
                .isEqualTo("Bank fee");
        assertThat(jdbc.queryForObject("select count(*) from journal_line where entry_id = ?", Long.class, id))
                .isEqualTo(2);
    }
}
