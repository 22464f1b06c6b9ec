package org.harambee.events;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.harambee.site.FormFields;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.modulith.NamedInterface;

/**
 * The form staff describe an event with: title and description (Markdown) in English and/or Spanish, its kind, the language it
 * is held in, its times in a time zone, where it happens, the working group hosting it, who may find
 * it, its seats and when registration is open.
 */
@NamedInterface(name = "seeding", propagate = false)
public class EventForm {

    /** The most ticket types an event has. */
    static final int MAX_TICKET_TYPES = 8;

    /** A moment as a datetime-local field sends it. */
    static final String MOMENT = "yyyy-MM-dd'T'HH:mm";

    @Size(max = 200)
    private String titleEn;
    @Size(max = 200)
    private String titleEs;
    @Size(max = 20000)
    private String descriptionEn;
    @Size(max = 20000)
    private String descriptionEs;
    @NotNull
    private EventKind kind;
    @NotNull
    private EventLanguage language = EventLanguage.EN;
    @NotBlank
    @Pattern(regexp = "America/(New_York|Chicago|Denver|Phoenix|Los_Angeles|Anchorage|Puerto_Rico)|Pacific/Honolulu")
    private String timeZone;
    @NotNull
    @DateTimeFormat(pattern = MOMENT)
    private LocalDateTime startsAt;
    @NotNull
    @DateTimeFormat(pattern = MOMENT)
    private LocalDateTime endsAt;
    @Size(max = 300)
    private String place;
    @Size(max = 500)
    private String onlineLink;
    @NotNull
    private EventVisibility visibility;
    private Long groupId;
    @Size(max = 2000)
    private String hostOrganizations;
    private boolean openToVisitors;
    @Min(1)
    @Max(100000)
    private Integer capacity;
    @NotNull
    @DateTimeFormat(pattern = MOMENT)
    private LocalDateTime registrationOpens;
    @NotNull
    @DateTimeFormat(pattern = MOMENT)
    private LocalDateTime registrationCloses;
    @Size(max = 20)
    private List<Long> issueAreas = new ArrayList<>();
    @Valid
    @Size(max = MAX_TICKET_TYPES)
    private List<TicketTypeForm> ticketTypes = new ArrayList<>();

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

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public EventLanguage getLanguage() {
        return language;
    }

    public void setLanguage(EventLanguage language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public EventVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(EventVisibility visibility) {
        this.visibility = visibility;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    /** The co-hosting member organizations' names, one per line. */
    public String getHostOrganizations() {
        return hostOrganizations;
    }

    public void setHostOrganizations(String hostOrganizations) {
        this.hostOrganizations = hostOrganizations;
    }

    /** The names given, one per line, without empty lines. */
    List<String> hostOrganizationNames() {
        return FormFields.lines(hostOrganizations);
    }

    public boolean isOpenToVisitors() {
        return openToVisitors;
    }

    public void setOpenToVisitors(boolean openToVisitors) {
        this.openToVisitors = openToVisitors;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDateTime getRegistrationOpens() {
        return registrationOpens;
    }

    public void setRegistrationOpens(LocalDateTime registrationOpens) {
        this.registrationOpens = registrationOpens;
    }

    public LocalDateTime getRegistrationCloses() {
        return registrationCloses;
    }

    public void setRegistrationCloses(LocalDateTime registrationCloses) {
        this.registrationCloses = registrationCloses;
    }

    public List<Long> getIssueAreas() {
        return issueAreas;
    }

    public void setIssueAreas(List<Long> issueAreas) {
        this.issueAreas = issueAreas;
    }

    public List<TicketTypeForm> getTicketTypes() {
        return ticketTypes;
    }

    public void setTicketTypes(List<TicketTypeForm> ticketTypes) {
        this.ticketTypes = ticketTypes;
    }

    /** The ticket types, with blank rows to add some, up to the most an event has (for the form). */
    public List<TicketTypeForm> ticketTypeRows() {
        List<TicketTypeForm> rows = new ArrayList<>(ticketTypes);
        for (int blank = 0; blank < 2 && rows.size() < MAX_TICKET_TYPES; blank++) {
            rows.add(new TicketTypeForm());
        }
        return rows;
    }
}
