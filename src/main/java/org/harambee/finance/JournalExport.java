package org.harambee.finance;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal of a period as a plain-text accounting journal that the free tools hledger and ledger read: one
 * transaction per entry (its date, number and description), one posting per line, accounts named by their kind as
 * those tools expect ({@code assets:1000 Checking account}, {@code income:4100 Foundation grants}), amounts
 * debit-positive in the installation's currency. What the tools add up is what the trial balance shows.
 */
@Component
@Transactional(readOnly = true)
class JournalExport {

    private final LedgerAccounts accounts;
    private final JournalEntries entries;
    private final FinanceSettings settings;

    JournalExport(LedgerAccounts accounts, JournalEntries entries, FinanceSettings settings) {
        this.accounts = accounts;
        this.entries = entries;
        this.settings = settings;
    }

    String journal(LocalDate from, LocalDate to, String networkName, Locale locale) {
        String currency = settings.unit().getCurrencyCode();
        Map<Long, String> names = accounts.findAll().stream().collect(Collectors.toMap(LedgerAccount::id,
                account -> prefix(account.kind()) + ":" + plain((account.code() + " " + account.name(locale))
                        .replace(":", " - "))));
        StringBuilder text = new StringBuilder();
        text.append("; ").append(plain(networkName)).append(": journal from ").append(from).append(" to ").append(to)
                .append(", amounts in ").append(currency).append('\n');
        for (JournalEntry entry : entries.findByEntryDateBetweenOrderByEntryDateAscIdAsc(from, to)) {
            text.append('\n').append(entry.entryDate()).append(" #").append(entry.id()).append(' ')
                    .append(plain(entry.description())).append('\n');
            for (JournalLine line : entry.lines()) {
                text.append("    ").append(names.get(line.accountId())).append("  ").append(currency).append(' ')
                        .append(line.debit().subtract(line.credit()).setScale(settings.unit().getDefaultFractionDigits())
                                .toPlainString());
                if (line.memo() != null) {
                    text.append("  ; ").append(plain(line.memo().replace(":", " -").replace('[', '(')
                            .replace(']', ')')));
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** The tools' names for the five kinds, which their balance sheet and income statement know. */
    private static String prefix(AccountKind kind) {
        return switch (kind) {
            case ASSET -> "assets";
            case LIABILITY -> "liabilities";
            case NET_ASSETS -> "equity";
            case INCOME -> "income";
            case EXPENSE -> "expenses";
        };
    }

    /**
     * Text the journal format reads as one field: no line break, tab, run of spaces (any kind: hledger ends a name
     * at two) or comment mark. In a comment, hledger also reads {@code name:} as a tag and {@code [date]} as a date,
     * so memos lose those marks too.
     */
    private static String plain(String text) {
        return text.replaceAll("(?U)[\\p{Cntrl}\\s\\p{Z}]+", " ").replace(";", ",").strip();
    }
}
