package org.harambee.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The form a member nominates a candidate with (itself or another member): the person who would sit, and a statement the nominee may rewrite when accepting. */
public class NominationForm {

    @NotNull
    private Long nominator;
    @NotNull
    private Long candidate;
    @NotBlank
    @Size(max = 200)
    private String candidateName;
    @Size(max = 4000)
    private String statementEn;
    @Size(max = 4000)
    private String statementEs;

    public Long getNominator() {
        return nominator;
    }

    public void setNominator(Long nominator) {
        this.nominator = nominator;
    }

    public Long getCandidate() {
        return candidate;
    }

    public void setCandidate(Long candidate) {
        this.candidate = candidate;
    }

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
