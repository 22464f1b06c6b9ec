package org.harambee.library;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.harambee.site.FormFields;
import org.springframework.format.annotation.DateTimeFormat;

/** The submit and edit form of a resource, as typed; {@link #description} keeps only known values. */
public class ResourceForm {

    static final int MAX_AUTHORS = 20;
    static final int MAX_AUTHOR_NAME = 200;

    @NotBlank
    @Size(max = Resource.MAX_TITLE)
    private String title;
    @NotBlank
    @Size(max = Resource.MAX_SUMMARY)
    private String summary;
    @NotNull
    private ResourceType type;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate publishedOn;
    @NotNull
    private ResourceVisibility visibility = ResourceVisibility.PUBLIC;
    private Long groupId;
    @Size(max = 1000)
    @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$")
    private String externalLink;
    @Size(max = MAX_AUTHORS * (MAX_AUTHOR_NAME + 2))
    private String authorNames;
    private List<String> languages = new ArrayList<>();
    private List<Long> authorOrganizations = new ArrayList<>();
    private List<Long> issueAreas = new ArrayList<>();
    private List<Integer> rights = new ArrayList<>();
    private List<String> instruments = new ArrayList<>();

    static ResourceForm of(ResourceView resource) {
        ResourceForm form = new ResourceForm();
        form.title = resource.title();
        form.summary = resource.summary();
        form.type = resource.type();
        form.publishedOn = resource.publishedOn();
        form.visibility = resource.visibility();
        form.groupId = resource.groupId();
        form.externalLink = resource.externalLink();
        form.authorNames = String.join("\n", resource.authorNames());
        form.languages = new ArrayList<>(resource.languages());
        form.authorOrganizations = new ArrayList<>(resource.authorOrganizations());
        form.issueAreas = new ArrayList<>(resource.issueAreas());
        form.rights = new ArrayList<>(resource.rights());
        form.instruments = new ArrayList<>(resource.instruments());
        return form;
    }

    /** The values, keeping only those the vocabularies know ({@code knownOrganization}: one this person may name). */
    ResourceDescription description(Predicate<String> knownLanguage, Predicate<Long> knownOrganization,
            Predicate<Long> knownIssueArea, Predicate<String> knownInstrument) {
        List<String> names = FormFields.lines(authorNames).stream()
                .map(name -> name.length() > MAX_AUTHOR_NAME ? name.substring(0, MAX_AUTHOR_NAME) : name)
                .distinct().limit(MAX_AUTHORS).toList();
        String link = externalLink == null || externalLink.isBlank() ? null : externalLink.strip();
        return new ResourceDescription(title, summary, type, publishedOn, visibility,
                visibility == ResourceVisibility.GROUP ? groupId : null, link,
                known(languages, knownLanguage), known(authorOrganizations, knownOrganization), names,
                known(issueAreas, knownIssueArea), known(rights, article -> article != null && article >= 1 && article <= 30),
                known(instruments, knownInstrument));
    }

    private static <T> Set<T> known(List<T> values, Predicate<T> known) {
        Set<T> kept = new LinkedHashSet<>();
        values.stream().filter(value -> value != null && known.test(value)).forEach(kept::add);
        return kept;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public ResourceType getType() {
        return type;
    }

    public void setType(ResourceType type) {
        this.type = type;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    /** Whether the form shares the resource with a working group, and names none of these. */
    boolean lacksGroupAmong(java.util.Collection<Long> allowed) {
        return visibility == ResourceVisibility.GROUP && (groupId == null || !allowed.contains(groupId));
    }

    public ResourceVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(ResourceVisibility visibility) {
        this.visibility = visibility;
    }

    public String getExternalLink() {
        return externalLink;
    }

    public void setExternalLink(String externalLink) {
        this.externalLink = externalLink;
    }

    public String getAuthorNames() {
        return authorNames;
    }

    public void setAuthorNames(String authorNames) {
        this.authorNames = authorNames;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public List<Long> getAuthorOrganizations() {
        return authorOrganizations;
    }

    public void setAuthorOrganizations(List<Long> authorOrganizations) {
        this.authorOrganizations = authorOrganizations;
    }

    public List<Long> getIssueAreas() {
        return issueAreas;
    }

    public void setIssueAreas(List<Long> issueAreas) {
        this.issueAreas = issueAreas;
    }

    public List<Integer> getRights() {
        return rights;
    }

    public void setRights(List<Integer> rights) {
        this.rights = rights;
    }

    public List<String> getInstruments() {
        return instruments;
    }

    public void setInstruments(List<String> instruments) {
        this.instruments = instruments;
    }
}
