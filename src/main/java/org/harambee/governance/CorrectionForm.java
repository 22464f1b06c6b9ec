package org.harambee.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The form an election officer corrects the voter roll with: the member, on or off the roll, and why. */
public class CorrectionForm {

    @NotNull
    private Long member;
    @NotNull
    private Boolean onRoll;
    @NotBlank
    @Size(max = 500)
    private String reason;

    public Long getMember() {
        return member;
    }

    public void setMember(Long member) {
        this.member = member;
    }

    public Boolean getOnRoll() {
        return onRoll;
    }

    public void setOnRoll(Boolean onRoll) {
        this.onRoll = onRoll;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
