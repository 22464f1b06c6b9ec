package org.harambee.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.harambee.site.Refusal;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A resolution put to a general assembly by a member: its text in English and/or Spanish as submitted and as amended
 * (adopted amendments replace it, until its vote opens), the vote on it (opened by an election officer with its
 * threshold while a quorum is present, with the members represented at that moment), its totals and the outcome. The
 * totals grow by the ballot box's own statement ({@link Agenda}); only the columns this class changes are written.
 */
@Entity
@Table(name = "resolution")
@DynamicUpdate
public class Resolution {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resolution_seq")
    @SequenceGenerator(name = "resolution_seq", sequenceName = "resolution_seq", allocationSize = 50)
    private Long id;
    private Long assemblyId;
    private int number;
    private String titleEn;
    private String titleEs;
    private String textEn;
    private String textEs;
    private String submittedTextEn;
    private String submittedTextEs;
    private Long memberId;
    private UUID submittedBy;
    private Instant submittedAt;
    @Enumerated(EnumType.STRING)
    private Threshold threshold;
    private Instant votingOpenedAt;
    private Instant votingClosedAt;
    private Integer represented;
    private Integer rollSize;
    private int yesVotes;
    private int noVotes;
    private int abstentions;
    private Boolean adopted;
    @Version
    private long version;

    protected Resolution() {
    }

    Resolution(Assembly assembly, int number, ResolutionForm form, Long memberId, UUID by, Instant now) {
        if (Texts.orNull(form.getTitleEn()) == null && Texts.orNull(form.getTitleEs()) == null) {
            throw new Refusal("titleEn", "governance.resolution.titleNeeded");
        }
        if (Texts.orNull(form.getTextEn()) == null && Texts.orNull(form.getTextEs()) == null) {
            throw new Refusal("textEn", "governance.resolution.textNeeded");
        }
        this.assemblyId = assembly.id();
        this.number = number;
        this.titleEn = Texts.orNull(form.getTitleEn());
        this.titleEs = Texts.orNull(form.getTitleEs());
        this.textEn = Texts.orNull(form.getTextEn());
        this.textEs = Texts.orNull(form.getTextEs());
        this.submittedTextEn = textEn;
        this.submittedTextEs = textEs;
        this.memberId = memberId;
        this.submittedBy = by;
        this.submittedAt = now;
    }

    /** Takes an adopted amendment's wording: refused once its vote has opened. */
    void amend(Amendment amendment) {
        requireBeforeVote();
        if (amendment.adopted()) {
            textEn = amendment.textEn();
            textEs = amendment.textEs();
        }
    }

    void requireBeforeVote() {
        if (votingOpenedAt != null) {
            throw new Refusal("governance.resolution.votedOn");
        }
    }

    /**
     * Opens its vote with its threshold: refused unless seconded enough, and while the quorum is not present (the
     * members represented and the roll are kept with the outcome).
     */
    void openVote(Threshold threshold, int seconds, int secondsNeeded, Quorum quorum, Instant now) {
        requireBeforeVote();
        if (seconds < secondsNeeded) {
            throw new Refusal("governance.resolution.notSeconded");
        }
        if (!quorum.met()) {
            throw new Refusal("governance.assembly.noQuorum");
        }
        this.threshold = threshold;
        this.represented = quorum.represented();
        this.rollSize = quorum.roll();
        this.votingOpenedAt = now;
    }

    /** Closes its vote and decides it by its threshold (abstentions counted, in neither share). */
    void closeVote(Instant now) {
        if (status() != ResolutionStatus.VOTING) {
            throw new Refusal("governance.resolution.notVoting");
        }
        votingClosedAt = now;
        adopted = threshold.passes(yesVotes, noVotes);
    }

    public ResolutionStatus status() {
        if (votingOpenedAt == null) {
            return ResolutionStatus.SUBMITTED;
        }
        if (votingClosedAt == null) {
            return ResolutionStatus.VOTING;
        }
        return adopted ? ResolutionStatus.ADOPTED : ResolutionStatus.REJECTED;
    }

    public Long id() {
        return id;
    }

    public Long assemblyId() {
        return assemblyId;
    }

    public int number() {
        return number;
    }

    public String title(Locale locale) {
        return Texts.in(locale, titleEn, titleEs);
    }

    public String text(Locale locale) {
        return Texts.in(locale, textEn, textEs);
    }

    public String submittedText(Locale locale) {
        return Texts.in(locale, submittedTextEn, submittedTextEs);
    }

    /** Whether adopted amendments changed its text. */
    public boolean amended() {
        return !Objects.equals(textEn, submittedTextEn) || !Objects.equals(textEs, submittedTextEs);
    }

    public String textEn() {
        return textEn;
    }

    public String textEs() {
        return textEs;
    }

    public Long memberId() {
        return memberId;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Threshold threshold() {
        return threshold;
    }

    public Instant votingOpenedAt() {
        return votingOpenedAt;
    }

    public Instant votingClosedAt() {
        return votingClosedAt;
    }

    public Integer represented() {
        return represented;
    }

    public Integer rollSize() {
        return rollSize;
    }

    public int yes() {
        return yesVotes;
    }

    public int no() {
        return noVotes;
    }

    public int abstentions() {
        return abstentions;
    }
}
