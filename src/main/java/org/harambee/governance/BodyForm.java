package org.harambee.governance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/** The form an election officer describes a governing body with. */
@NamedInterface(name = "seeding", propagate = false)
public class BodyForm {

    @NotBlank
    @Size(max = 200)
    private String nameEn;
    @Size(max = 200)
    private String nameEs;
    @Size(max = 4000)
    private String descriptionEn;
    @Size(max = 4000)
    private String descriptionEs;
    @NotNull
    @Min(1)
    @Max(10)
    private Integer termYears;
    @Min(1)
    @Max(10)
    private Integer termLimit;

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

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionEs() {
        return descriptionEs;
    }

    public void setDescriptionEs(String descriptionEs) {
        this.descriptionEs = descriptionEs;
    }

    public Integer getTermYears() {
        return termYears;
    }

    public void setTermYears(Integer termYears) {
        this.termYears = termYears;
    }

    public Integer getTermLimit() {
        return termLimit;
    }

    public void setTermLimit(Integer termLimit) {
        this.termLimit = termLimit;
    }
}
