package org.harambee.finance;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the books in one currency for good. The first start records the configured currency; a later start with
 * another one is refused once the books hold entries (amounts carry no currency of their own: the change would
 * relabel every amount), and is taken up while they are still empty.
 */
@Component
class BooksCurrency {

    BooksCurrency(JdbcTemplate jdbc, FinanceSettings settings) {
        check(jdbc, settings.currency());
    }

    static void check(JdbcTemplate jdbc, String configured) {
        List<String> kept = jdbc.queryForList("select code from ledger_currency", String.class);
        if (kept.isEmpty()) {
            try {
                jdbc.update("insert into ledger_currency (code) values (?)", configured);
                return;
            } catch (DuplicateKeyException anotherNode) {
                kept = jdbc.queryForList("select code from ledger_currency", String.class);
            }
        }
        if (kept.get(0).equals(configured)) {
            return;
        }
        if (!jdbc.queryForList("select 1 from journal_line fetch first 1 rows only", Integer.class).isEmpty()) {
            throw new IllegalStateException("harambee.finance.currency (HARAMBEE_FINANCE_CURRENCY) is " + configured
                    + ", but the books hold entries in " + kept.get(0) + ": set it back to " + kept.get(0)
                    + " (amounts carry no currency of their own, so a change would relabel every one)");
        }
        jdbc.update("update ledger_currency set code = ?", configured);
    }
}
