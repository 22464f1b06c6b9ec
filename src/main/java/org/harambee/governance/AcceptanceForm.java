package org.harambee.governance;

import jakarta.validation.constraints.Size;

/** The form a nominee accepts with: the statement voters read, in English and/or Spanish. */
public class AcceptanceForm {

    @Size(max = 4000)
    private String statementEn;
    @Size(max = 4000)
    private String statementEs;

    public String getStatementEn() {
        return statementEn;
    }

    public void setStatementEn(String statementEn) {
        this.statementEn = statementEn;
    }

    public String getStatementEs() {
        return statementEs;
    }

    public void setStatementEs(String statementEs) {
        this.statementEs = statementEs;
    }
}
