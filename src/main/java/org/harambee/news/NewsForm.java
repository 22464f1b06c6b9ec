package org.harambee.news;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harambee.site.FormFields;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.modulith.NamedInterface;

/**
 * What an item says: its kind, title and text (Markdown) in English and/or Spanish, who reads it, its issue areas and
 * rights, the addresses of the pages it is about (one per line), and for an alert the deadline and the call to action
 * (a text and a link).
 */
@NamedInterface(name = "seeding", propagate = false)
public class NewsForm {

    static final int MAX_TITLE = 200;
    static final int MAX_ACTION_TEXT = 200;
    static final int MAX_LINK = 500;
    /** The most pages an item may be about. */
    static final int MAX_RELATED = 20;

    @NotNull
    private NewsKind kind = NewsKind.NEWS;
    @Size(max = MAX_TITLE)
    private String titleEn;
    @Size(max = MAX_TITLE)
    private String titleEs;
    @Size(max = 20000)
    private String bodyEn;
    @Size(max = 20000)
    private String bodyEs;
    @NotNull
    private NewsVisibility visibility = NewsVisibility.PUBLIC;
    @Size(max = 40)
    private List<Long> issueAreas = new ArrayList<>();
    @Size(max = 30)
    private List<Integer> rights = new ArrayList<>();
    @Size(max = 12000)
    private String related;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate actionDeadline;
    @Size(max = MAX_ACTION_TEXT)
    private String actionText;
    @Size(max = MAX_LINK)
    private String actionLink;

    public NewsKind getKind() {
        return kind;
    }

    public void setKind(NewsKind kind) {
        this.kind = kind;
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

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getBodyEs() {
        return bodyEs;
    }

    public void setBodyEs(String bodyEs) {
        this.bodyEs = bodyEs;
    }

    public NewsVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(NewsVisibility visibility) {
        this.visibility = visibility;
    }

    public List<Long> getIssueAreas() {
        return issueAreas;
    }

    public void setIssueAreas(List<Long> issueAreas) {
        this.issueAreas = FormFields.orEmpty(issueAreas);
    }

    public List<Integer> getRights() {
        return rights;
    }

    public void setRights(List<Integer> rights) {
        this.rights = FormFields.orEmpty(rights);
    }

    public String getRelated() {
        return related;
    }

    public void setRelated(String related) {
        this.related = related;
    }

    public LocalDate getActionDeadline() {
        return actionDeadline;
    }

    public void setActionDeadline(LocalDate actionDeadline) {
        this.actionDeadline = actionDeadline;
    }

    public String getActionText() {
        return actionText;
    }

    public void setActionText(String actionText) {
        this.actionText = actionText;
    }

    public String getActionLink() {
        return actionLink;
    }

    public void setActionLink(String actionLink) {
        this.actionLink = actionLink;
    }

    /** The addresses of the related pages, one per line, blank lines left out. */
    List<String> relatedLines() {
        return FormFields.lines(related);
    }
}
