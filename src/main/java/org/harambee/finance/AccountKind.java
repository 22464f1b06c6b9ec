package org.harambee.finance;

/** The five kinds of account of a nonprofit's books, each with the side its balance normally stands on. */
public enum AccountKind {
    ASSET(true), LIABILITY(false), NET_ASSETS(false), INCOME(false), EXPENSE(true);

    private final boolean debitNormal;

    AccountKind(boolean debitNormal) {
        this.debitNormal = debitNormal;
    }

    /** Whether a debit raises the balance (assets and expenses); credits raise the others. */
    public boolean debitNormal() {
        return debitNormal;
    }
}
