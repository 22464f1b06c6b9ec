package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.harambee.IntegrationTest;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Once the books hold entries, a start with another currency is refused, naming both; the same one is fine. */
@IntegrationTest
class BooksCurrencyIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Ledger ledger;
    @Autowired
    MembershipFixtures fixtures;

    @Test
    void anotherCurrencyIsRefusedOnceTheBooksHoldEntries() {
        Money twelve = Money.parse("12", ledger.currency()).orElseThrow();
        long bank = jdbc.queryForObject("select id from ledger_account where code = '5900'", Long.class);
        long checking = jdbc.queryForObject("select id from ledger_account where code = '1000'", Long.class);
        ledger.post(new EntryDraft(LocalDate.of(2030, 6, 1), "Bank fee", ledger.currency(), List.of(
                new EntryDraft.Line(0, bank, twelve, null, null), new EntryDraft.Line(1, checking, null, twelve,
                        null))), fixtures.account(Role.TREASURER).accountId());

        assertThat(jdbc.queryForObject("select code from ledger_currency", String.class)).isEqualTo("USD");
        BooksCurrency.check(jdbc, "USD");
        assertThatThrownBy(() -> BooksCurrency.check(jdbc, "EUR")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HARAMBEE_FINANCE_CURRENCY) is EUR").hasMessageContaining("entries in USD");
        assertThat(jdbc.queryForObject("select code from ledger_currency", String.class)).isEqualTo("USD");
    }
}
