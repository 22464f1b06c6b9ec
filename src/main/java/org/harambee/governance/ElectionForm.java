package org.harambee.governance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.modulith.NamedInterface;

/**
 * The form an election officer calls an election with: what it decides (seats of a body, by class, or a question),
 * how it is voted, its timeline in the network's time zone, the record date of its voter roll and who votes.
 */
@NamedInterface(name = "seeding", propagate = false)
public class ElectionForm {

    /** A moment as a datetime-local field sends it. */
    static final String MOMENT = "yyyy-MM-dd'T'HH:mm";

    @NotBlank
    @Size(max = 200)
    private String titleEn;
    @Size(max = 200)
    private String titleEs;
    @NotNull
    private VotingMethod method;
    private Long body;
    private Threshold threshold;
    @Size(max = 2000)
    private String questionEn;
    @Size(max = 2000)
    private String questionEs;
    @DateTimeFormat(pattern = MOMENT)
    private LocalDateTime nominationsOpen;
    @DateTimeFormat(pattern = MOMENT)
    private LocalDateTime nominationsClose;
    @NotNull
    @DateTimeFormat(pattern = MOMENT)
    private LocalDateTime votingOpens;
    @NotNull
    @DateTimeFormat(pattern = MOMENT)
    private LocalDateTime votingCloses;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate recordDate;
    private boolean organizationsVote;
    private boolean individualsVote;
    @Min(0)
    @Max(10)
    private int seconders;
    private boolean changeable;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termStarts;
    private Map<Long, Integer> seats = new HashMap<>();

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

    public VotingMethod getMethod() {
        return method;
    }

    public void setMethod(VotingMethod method) {
        this.method = method;
    }

    public Long getBody() {
        return body;
    }

    public void setBody(Long body) {
        this.body = body;
    }

    public Threshold getThreshold() {
        return threshold;
    }

    public void setThreshold(Threshold threshold) {
        this.threshold = threshold;
    }

    public String getQuestionEn() {
        return questionEn;
    }

    public void setQuestionEn(String questionEn) {
        this.questionEn = questionEn;
    }

    public String getQuestionEs() {
        return questionEs;
    }

    public void setQuestionEs(String questionEs) {
        this.questionEs = questionEs;
    }

    public LocalDateTime getNominationsOpen() {
        return nominationsOpen;
    }

    public void setNominationsOpen(LocalDateTime nominationsOpen) {
        this.nominationsOpen = nominationsOpen;
    }

    public LocalDateTime getNominationsClose() {
        return nominationsClose;
    }

    public void setNominationsClose(LocalDateTime nominationsClose) {
        this.nominationsClose = nominationsClose;
    }

    public LocalDateTime getVotingOpens() {
        return votingOpens;
    }

    public void setVotingOpens(LocalDateTime votingOpens) {
        this.votingOpens = votingOpens;
    }

    public LocalDateTime getVotingCloses() {
        return votingCloses;
    }

    public void setVotingCloses(LocalDateTime votingCloses) {
        this.votingCloses = votingCloses;
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

    public int getSeconders() {
        return seconders;
    }

    public void setSeconders(int seconders) {
        this.seconders = seconders;
    }

    public boolean isChangeable() {
        return changeable;
    }

    public void setChangeable(boolean changeable) {
        this.changeable = changeable;
    }

    public LocalDate getTermStarts() {
        return termStarts;
    }

    public void setTermStarts(LocalDate termStarts) {
        this.termStarts = termStarts;
    }

    public Map<Long, Integer> getSeats() {
        return seats;
    }

    public void setSeats(Map<Long, Integer> seats) {
        this.seats = seats;
    }
}
