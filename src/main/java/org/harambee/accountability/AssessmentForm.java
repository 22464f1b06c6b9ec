package org.harambee.accountability;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.site.FormFields;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The assessment form: status, date, evidence in words, links and library resources (one a line), visibility. The
 * adoption checks what an assessment needs ({@link Adoption#assess}); the form only bounds the lists' text.
 */
public class AssessmentForm {

    private static final Pattern RESOURCE = Pattern.compile("^(?:.*/library/)?(\\d{1,18})/?$");

    private AssessmentStatus status;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate assessedOn;

    private String evidence;

    @Size(max = 3000)
    private String links;

    @Size(max = 2000)
    private String resources;

    private AssessmentVisibility visibility = AssessmentVisibility.MEMBERS;

    List<String> linkList() {
        return lines(links);
    }

    /** The library resources named, by id or by their address; null when a line names none. */
    Set<Long> resourceIds() {
        Set<Long> ids = new LinkedHashSet<>();
        for (String line : lines(resources)) {
            Matcher matcher = RESOURCE.matcher(line);
            if (!matcher.matches()) {
                return null;
            }
            ids.add(Long.valueOf(matcher.group(1)));
        }
        return ids;
    }

    private static List<String> lines(String text) {
        return FormFields.lines(text);
    }

    AssessmentDraft draft() {
        Set<Long> ids = resourceIds();
        return new AssessmentDraft(status, assessedOn, evidence, linkList(), ids == null ? Set.of() : ids, visibility);
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public void setStatus(AssessmentStatus status) {
        this.status = status;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public String getResources() {
        return resources;
    }

    public void setResources(String resources) {
        this.resources = resources;
    }

    public AssessmentVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(AssessmentVisibility visibility) {
        this.visibility = visibility;
    }
}
