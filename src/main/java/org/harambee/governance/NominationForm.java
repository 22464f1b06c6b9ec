package org.harambee.governance;

import jakarta.validation.constraints.NotNull;

/**
 * The form a member nominates a candidate with (itself or a member organization): by which member it nominates,
 * and what the nominee's acceptance confirms or changes (who would sit, the statement).
 */
public class NominationForm extends AcceptanceForm {

    @NotNull
    private Long nominator;
    @NotNull
    private Long candidate;

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
}
