package org.harambee.finance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The form a treasurer adds an account with: its code and kind, fixed from then on, and its names. */
public class AccountForm {

    @NotBlank
    @Pattern(regexp = "\\s*[0-9A-Za-z][0-9A-Za-z.-]{0,9}\\s*")
    private String code;
    @NotBlank
    @Size(max = LedgerAccount.MAX_NAME)
    private String nameEn;
    @NotBlank
    @Size(max = LedgerAccount.MAX_NAME)
    private String nameEs;
    @NotNull
    private AccountKind kind;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public AccountKind getKind() {
        return kind;
    }

    public void setKind(AccountKind kind) {
        this.kind = kind;
    }
}
