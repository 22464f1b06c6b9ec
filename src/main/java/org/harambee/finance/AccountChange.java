package org.harambee.finance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** The form a treasurer renames an account with, or retires it, or puts it in use again. */
public class AccountChange {

    @NotBlank
    @Size(max = LedgerAccount.MAX_NAME)
    private String nameEn;
    @NotBlank
    @Size(max = LedgerAccount.MAX_NAME)
    private String nameEs;
    private boolean active;

    static AccountChange of(LedgerAccount account) {
        AccountChange form = new AccountChange();
        form.nameEn = account.name(Locale.ENGLISH);
        form.nameEs = account.name(Locale.forLanguageTag("es"));
        form.active = account.active();
        return form;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameEs() {
        return nameEs;
    }

    public void setNameEs(String nameEs) {
        this.nameEs = nameEs;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
