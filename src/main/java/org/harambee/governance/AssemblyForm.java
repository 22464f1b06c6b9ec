package org.harambee.governance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.modulith.NamedInterface;

/**
 * The form an election officer calls a general assembly with: when and where (a place, an online link, or both),
 * its agenda, the record date of its roll and who votes, the quorum the bylaws set, how many proxies one delegate may
 * hold, the deadline for resolutions and how many members must second one.
 */
@NamedInterface(name = "seeding", propagate = false)
public class AssemblyForm {

    @NotBlank
    @Size(max = 200)
    private String titleEn;
    @Size(max = 200)
    private String titleEs;
    @Size(max = 5000)
    private String agendaEn;
    @Size(max = 5000)
    private String agendaEs;
    @NotNull
    @DateTimeFormat(pattern = ElectionForm.MOMENT)
    private LocalDateTime startsAt;
    @Size(max = 300)
    private String place;
    @Size(max = 500)
    private String onlineLink;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate recordDate;
    private boolean organizationsVote;
    private boolean individualsVote;
    @NotNull
    private QuorumRule quorumRule;
    @NotNull
    @Min(1)
    @Max(100000)
    private Integer quorumValue;
    @Min(0)
    @Max(20)
    private int maxProxies;
    @Min(0)
    @Max(10)
    private int seconders;
    @NotNull
    @DateTimeFormat(pattern = ElectionForm.MOMENT)
    private LocalDateTime resolutionsClose;

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

    public String getAgendaEn() {
        return agendaEn;
    }

    public void setAgendaEn(String agendaEn) {
        this.agendaEn = agendaEn;
    }

    public String getAgendaEs() {
        return agendaEs;
    }

    public void setAgendaEs(String agendaEs) {
        this.agendaEs = agendaEs;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
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

    public LocalDate getRecordDate() {
        return recordDate;
    }

    public void setRecordDate(LocalDate recordDate) {
        this.recordDate = recordDate;
    }

    public boolean isOrganizationsVote() {
        return organizationsVote;
    }

    public void setOrganizationsVote(boolean organizationsVote) {
        this.organizationsVote = organizationsVote;
    }

    public boolean isIndividualsVote() {
        return individualsVote;
    }

    public void setIndividualsVote(boolean individualsVote) {
        this.individualsVote = individualsVote;
    }

    public QuorumRule getQuorumRule() {
        return quorumRule;
    }

    public void setQuorumRule(QuorumRule quorumRule) {
        this.quorumRule = quorumRule;
    }

    public Integer getQuorumValue() {
        return quorumValue;
    }

    public void setQuorumValue(Integer quorumValue) {
        this.quorumValue = quorumValue;
    }

    public int getMaxProxies() {
        return maxProxies;
    }

    public void setMaxProxies(int maxProxies) {
        this.maxProxies = maxProxies;
    }

    public int getSeconders() {
        return seconders;
    }

    public void setSeconders(int seconders) {
        this.seconders = seconders;
    }

    public LocalDateTime getResolutionsClose() {
        return resolutionsClose;
    }

    public void setResolutionsClose(LocalDateTime resolutionsClose) {
        this.resolutionsClose = resolutionsClose;
    }
}
