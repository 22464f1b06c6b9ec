package org.harambee.about;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/** A network page as staff edit it: a title and a text (Markdown) in English, in Spanish, or in both. */
@NamedInterface(name = "seeding", propagate = false)
public class NetworkPageForm {

    static final int TITLE_LENGTH = 120;
    static final int BODY_LENGTH = 20_000;

    @Size(max = TITLE_LENGTH, message = "{about.edit.title.tooLong}")
    private String titleEn;
    @Size(max = BODY_LENGTH, message = "{about.edit.body.tooLong}")
    private String bodyEn;
    @Size(max = TITLE_LENGTH, message = "{about.edit.title.tooLong}")
    private String titleEs;
    @Size(max = BODY_LENGTH, message = "{about.edit.body.tooLong}")
    private String bodyEs;
    private Integer version;

    /** A language is written when it has both a title and a text, or left out when it has neither. */
    @AssertTrue(message = "{about.edit.english.half}")
    public boolean isEnglishWhole() {
        return blank(titleEn) == blank(bodyEn);
    }

    @AssertTrue(message = "{about.edit.spanish.half}")
    public boolean isSpanishWhole() {
        return blank(titleEs) == blank(bodyEs);
    }

    @AssertTrue(message = "{about.edit.empty}")
    public boolean isWrittenInSomeLanguage() {
        return !blank(titleEn) || !blank(titleEs);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getTitleEs() {
        return titleEs;
    }

    public void setTitleEs(String titleEs) {
        this.titleEs = titleEs;
    }

    public String getBodyEs() {
        return bodyEs;
    }

    public void setBodyEs(String bodyEs) {
        this.bodyEs = bodyEs;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
