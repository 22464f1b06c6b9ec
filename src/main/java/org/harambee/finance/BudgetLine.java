package org.harambee.finance;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The amount budgeted for an income or expense account in a year. */
@Entity
@Table(name = "budget_line")
class BudgetLine {

    @EmbeddedId
    private Key key;
    private BigDecimal amount;

    protected BudgetLine() {
    }

    BudgetLine(int year, Long accountId, Money amount) {
        this.key = new Key(year, accountId);
        this.amount = amount.amount();
    }

    /** Plans another amount. */
    BudgetLine plan(Money amount) {
        this.amount = amount.amount();
        return this;
    }

    Long accountId() {
        return key.accountId();
    }

    BigDecimal amount() {
        return amount;
    }

    @Embeddable
    record Key(int budgetYear, Long accountId) {
    }
}
