package org.harambee.finance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.harambee.site.Identifiers;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The form a treasurer posts an entry with: a date, what it records, and rows of account, debit, credit and memo
 * ({@value #ROWS} rows; empty rows are left out). Amounts are typed as text and read exactly ({@link Money#parse}).
 */
public class EntryForm {

    static final int ROWS = 8;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    private String description;
    private List<Row> lines = new ArrayList<>();

    public EntryForm() {
        for (int i = 0; i < ROWS; i++) {
            lines.add(new Row());
        }
    }

    static EntryForm on(LocalDate today) {
        EntryForm form = new EntryForm();
        form.date = today;
        return form;
    }

    /** The entry the form describes; an amount or account that cannot be read is rejected at its field. */
    EntryDraft draft(Currency currency, Errors errors) {
        List<EntryDraft.Line> drafted = new ArrayList<>();
        for (int row = 0; row < lines.size() && row < JournalEntry.MAX_LINES; row++) {
            Row line = lines.get(row);
            if (line.blank()) {
                continue;
            }
            Long account = Identifiers.of(line.account).orElse(null);
            if (account == null) {
                errors.rejectValue("lines[" + row + "].account", "finance.entry.accountNeeded");
            }
            if (line.memo != null && line.memo.strip().length() > JournalLine.MAX_MEMO) {
                errors.rejectValue("lines[" + row + "].memo", "finance.entry.memoTooLong", new Object[] {
                    JournalLine.MAX_MEMO}, null);
            }
            Money debit = TypedAmount.read(line.debit, currency, "lines[" + row + "].debit", errors);
            Money credit = TypedAmount.read(line.credit, currency, "lines[" + row + "].credit", errors);
            drafted.add(new EntryDraft.Line(row, account, debit, credit, line.memo));
        }
        return new EntryDraft(date, description, currency, drafted);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** The date as the form's date field shows it back: none for a day no entry may have (not a valid value there). */
    public String getShownDate() {
        return JournalEntry.dated(date) ? date.toString() : null;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Row> getLines() {
        return lines;
    }

    public void setLines(List<Row> lines) {
        this.lines = lines;
    }

    /** One row of the form. */
    public static class Row {

        private String account;
        private String debit;
        private String credit;
        private String memo;

        boolean blank() {
            return empty(account) && empty(debit) && empty(credit) && empty(memo);
        }

        private static boolean empty(String value) {
            return value == null || value.isBlank();
        }

        public String getAccount() {
            return account;
        }

        public void setAccount(String account) {
            this.account = account;
        }

        public String getDebit() {
            return debit;
        }

        public void setDebit(String debit) {
            this.debit = debit;
        }

        public String getCredit() {
            return credit;
        }

        public void setCredit(String credit) {
            this.credit = credit;
        }

        public String getMemo() {
            return memo;
        }

        public void setMemo(String memo) {
            this.memo = memo;
        }
    }
}
