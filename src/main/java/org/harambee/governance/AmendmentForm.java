package org.harambee.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/** An amendment as an election officer records it: what it changes, its mover, the outcome, the text as amended. */
@NamedInterface(name = "seeding", propagate = false)
public class AmendmentForm {

    @NotBlank
    @Size(max = 2000)
    private String summary;
    @Size(max = 200)
    private String movedBy;
    private boolean adopted;
    @Size(max = 10000)
    private String textEn;
    @Size(max = 10000)
    private String textEs;

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getMovedBy() {
        return movedBy;
    }

    public void setMovedBy(String movedBy) {
        this.movedBy = movedBy;
    }

    public boolean isAdopted() {
        return adopted;
    }

    public void setAdopted(boolean adopted) {
        this.adopted = adopted;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getTextEs() {
        return textEs;
    }

    public void setTextEs(String textEs) {
        this.textEs = textEs;
    }
}
