package org.harambee.governance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/** A resolution as a member submits it: which member puts it, its title and text in English and/or Spanish. */
@NamedInterface(name = "seeding", propagate = false)
public class ResolutionForm {

    @NotNull
    private Long member;
    @Size(max = 200)
    private String titleEn;
    @Size(max = 200)
    private String titleEs;
    @Size(max = 10000)
    private String textEn;
    @Size(max = 10000)
    private String textEs;

    public Long getMember() {
        return member;
    }

    public void setMember(Long member) {
        this.member = member;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleEs() {
        return titleEs;
    }

    public void setTitleEs(String titleEs) {
        this.titleEs = titleEs;
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
