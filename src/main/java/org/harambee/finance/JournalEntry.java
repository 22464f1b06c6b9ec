package org.harambee.finance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.site.Refusal;

/**
 * A journal entry of the books: a date, what it records, and two or more lines whose debits equal their credits.
 * Posted once and never changed: a mistake is corrected by a reversing entry, which puts every line on the other
 * side and names the entry it reverses (each entry is reversed at most once).
 */
@Entity
@Table(name = "journal_entry")
class JournalEntry {

    static final int MAX_DESCRIPTION = 300;
    static final int MAX_LINES = 50;
    /** The days an entry may be dated: the books of a living network, not typing slips of a century. */
    static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_entry_seq")
    @SequenceGenerator(name = "journal_entry_seq", sequenceName = "journal_entry_seq", allocationSize = 50)
    private Long id;
    private LocalDate entryDate;
    private String description;
    private Instant postedAt;
    private UUID postedBy;
    private Long reversesId;
    private boolean postedByDues;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "journal_line", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<JournalLine> lines = new ArrayList<>();

    protected JournalEntry() {
    }

    private JournalEntry(LocalDate entryDate, String description, List<JournalLine> lines, UUID postedBy,
            Instant postedAt, Long reversesId) {
        this.entryDate = entryDate;
        this.description = description;
        this.lines = new ArrayList<>(lines);
        this.postedBy = postedBy;
        this.postedAt = postedAt;
        this.reversesId = reversesId;
    }

    /**
     * Posts an entry, or refuses it with every problem at its field: no date, no description or a longer one than
     * {@value #MAX_DESCRIPTION} characters, fewer than two lines or more than {@value #MAX_LINES}, a line with both a
     * debit and a credit or neither, debits that do not equal credits.
     */
    static JournalEntry post(EntryDraft draft, UUID postedBy, Instant postedAt) {
        List<Refusal.Problem> problems = new ArrayList<>();
        if (!dated(draft.date())) {
            problems.add(new Refusal.Problem("date", "finance.entry.dateNeeded"));
        }
        String description = draft.description() == null ? "" : draft.description().strip();
        if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
            problems.add(new Refusal.Problem("description", "finance.entry.descriptionNeeded", MAX_DESCRIPTION));
        }
        List<JournalLine> lines = new ArrayList<>();
        Money debits = Money.zero(draft.currency());
        Money credits = Money.zero(draft.currency());
        for (EntryDraft.Line line : draft.lines()) {
            boolean debit = line.debit() != null && line.debit().signum() > 0;
            boolean credit = line.credit() != null && line.credit().signum() > 0;
            if (debit == credit) {
                problems.add(new Refusal.Problem("lines[" + line.row() + "].debit", "finance.entry.oneSide"));
                continue;
            }
            debits = debit ? debits.plus(line.debit()) : debits;
            credits = credit ? credits.plus(line.credit()) : credits;
            lines.add(new JournalLine(line.accountId(), debit ? line.debit().amount() : BigDecimal.ZERO,
                    credit ? line.credit().amount() : BigDecimal.ZERO, line.memo()));
        }
        if (draft.lines().size() < 2 || draft.lines().size() > MAX_LINES) {
            problems.add(new Refusal.Problem("lines", "finance.entry.twoLines", MAX_LINES));
        } else if (problems.stream().noneMatch(problem -> problem.field().startsWith("lines[")) && !debits.equals(credits)) {
            problems.add(new Refusal.Problem("lines", "finance.entry.unbalanced", debits.typed(), credits.typed()));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        return new JournalEntry(draft.date(), description, lines, postedBy, postedAt, null);
    }

    /** The same entry, posted by dues itself: corrected by a credit note, never reversed in the journal. */
    JournalEntry postedByDues() {
        this.postedByDues = true;
        return this;
    }

    boolean byDues() {
        return postedByDues;
    }

    /** The entry that undoes this one on {@code date}: every line on the other side, for the reason given. */
    JournalEntry reversal(LocalDate date, String reason, UUID postedBy, Instant postedAt) {
        if (postedByDues) {
            throw new Refusal("finance.entry.postedByDues");
        }
        String why = reason == null ? "" : reason.strip();
        if (!dated(date) || why.isEmpty() || why.length() > MAX_DESCRIPTION) {
            throw new Refusal(!dated(date) ? "date" : "reason", !dated(date) ? "finance.entry.dateNeeded"
                    : "finance.entry.reasonNeeded");
        }
        return new JournalEntry(date, why, lines.stream().map(JournalLine::reversed).toList(), postedBy, postedAt,
                id);
    }

    /** Whether an entry may be dated this day. */
    static boolean dated(LocalDate date) {
        return date != null && !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }

    /** The year, or the nearest one whose every day the books may hold. */
    static int yearWithin(int year) {
        return Math.max(FIRST_DAY.getYear(), Math.min(LAST_DAY.getYear() - 1, year));
    }

    /** The day, or the nearest one the books may hold. */
    static LocalDate within(LocalDate date) {
        return date.isBefore(FIRST_DAY) ? FIRST_DAY : date.isAfter(LAST_DAY) ? LAST_DAY : date;
    }

    Long id() {
        return id;
    }

    LocalDate entryDate() {
        return entryDate;
    }

    String description() {
        return description;
    }

    Instant postedAt() {
        return postedAt;
    }

    UUID postedBy() {
        return postedBy;
    }

    Long reversesId() {
        return reversesId;
    }

    List<JournalLine> lines() {
        return List.copyOf(lines);
    }
}
