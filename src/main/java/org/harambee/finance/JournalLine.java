package org.harambee.finance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line of a journal entry: an account, a debit or a credit (never both, never nothing), a memo. */
@Embeddable
class JournalLine {

    static final int MAX_MEMO = 200;

    @Column(name = "account_id")
    private Long accountId;
    private BigDecimal debit;
    private BigDecimal credit;
    private String memo;

    protected JournalLine() {
    }

    JournalLine(Long accountId, BigDecimal debit, BigDecimal credit, String memo) {
        this.accountId = accountId;
        this.debit = debit;
        this.credit = credit;
        this.memo = memo == null || memo.isBlank() ? null : memo.strip();
    }

    Long accountId() {
        return accountId;
    }

    BigDecimal debit() {
        return debit;
    }

    BigDecimal credit() {
        return credit;
    }

    String memo() {
        return memo;
    }

    /** The same line on the other side, for a reversing entry. */
    JournalLine reversed() {
        return new JournalLine(accountId, credit, debit, memo);
    }
}
