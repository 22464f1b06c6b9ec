package org.harambee.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form a nominee accepts with: who would sit (the nominator only proposed it) and the statement voters read. */
public class AcceptanceForm {

    @NotBlank
    @Size(max = 200)
    private String candidateName;
    @Size(max = 4000)
    private String statementEn;
    @Size(max = 4000)
    private String statementEs;

    public String getCandidateName() {
        return candidateName;
    }

    public void setCandidateName(String candidateName) {
        this.candidateName = candidateName;
    }

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
