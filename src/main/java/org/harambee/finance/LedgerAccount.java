package org.harambee.finance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;

/** An account of the chart: its code, its name in English and Spanish, its kind; a retired one takes no new lines. */
@Entity
@Table(name = "ledger_account")
class LedgerAccount {

    static final int MAX_CODE = 10;
    static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_account_seq")
    @SequenceGenerator(name = "ledger_account_seq", sequenceName = "ledger_account_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false, unique = true)
    private String code;
    private String nameEn;
    private String nameEs;
    @Enumerated(EnumType.STRING)
    private AccountKind kind;
    private boolean active;

    protected LedgerAccount() {
    }

    LedgerAccount(String code, String nameEn, String nameEs, AccountKind kind) {
        this.code = code.strip();
        this.nameEn = nameEn.strip();
        this.nameEs = nameEs.strip();
        this.kind = kind;
        this.active = true;
    }

    /** New names; a retired account takes no new lines, an account in use again does. */
    void describe(String nameEn, String nameEs, boolean active) {
        this.nameEn = nameEn.strip();
        this.nameEs = nameEs.strip();
        this.active = active;
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    AccountKind kind() {
        return kind;
    }

    boolean active() {
        return active;
    }

    String name(Locale locale) {
        return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
    }

    AccountView view(Locale locale) {
        return new AccountView(id, code, name(locale), kind, active);
    }
}
