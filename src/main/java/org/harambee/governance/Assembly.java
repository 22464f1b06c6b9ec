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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.site.Refusal;
import org.harambee.site.WebLinks;

/**
 * A general assembly of the members: when and where it meets, its agenda, its voter roll (good standing at the
 * record date, of the kinds of members that vote), the quorum its bylaws set, how many proxies one delegate may hold,
 * the deadline for resolutions and the seconds they need. An election officer opens and closes its session (check-in
 * and votes happen in session); its minutes are written after the close and, once published, no longer change.
 */
@Entity
@Table(name = "assembly")
public class Assembly implements Franchise {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assembly_seq")
    @SequenceGenerator(name = "assembly_seq", sequenceName = "assembly_seq", allocationSize = 50)
    private Long id;
    private String slug;
    private String titleEn;
    private String titleEs;
    private String agendaEn;
    private String agendaEs;
    private Instant startsAt;
    private String place;
    private String onlineLink;
    private LocalDate recordDate;
    private boolean organizationsVote;
    private boolean individualsVote;
    @Enumerated(EnumType.STRING)
    private QuorumRule quorumKind;
    private int quorumValue;
    private int maxProxies;
    private int seconders;
    private Instant resolutionsClose;
    private Instant openedAt;
    private Instant closedAt;
    private String minutesEn;
    private String minutesEs;
    private Instant minutesPublishedAt;
    private UUID createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected Assembly() {
    }

    Assembly(String slug, AssemblyForm form, ZoneId zone, UUID by, Instant now) {
        this.slug = slug;
        this.createdBy = by;
        this.createdAt = now;
        apply(form, zone);
    }

    /** Changes when, where and by which rules it meets: refused once its session has opened. */
    void revise(AssemblyForm form, ZoneId zone) {
        if (openedAt != null) {
            throw new Refusal("governance.assembly.fixed");
        }
        apply(form, zone);
    }

    private void apply(AssemblyForm form, ZoneId zone) {
        List<Refusal.Problem> problems = new ArrayList<>();
        year(problems, "startsAt", form.getStartsAt().toLocalDate());
        year(problems, "resolutionsClose", form.getResolutionsClose().toLocalDate());
        year(problems, "recordDate", form.getRecordDate());
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        String link = Texts.orNull(form.getOnlineLink());
        if (Texts.orNull(form.getPlace()) == null && link == null) {
            problems.add(new Refusal.Problem("place", "governance.assembly.whereNeeded"));
        }
        if (link != null && !WebLinks.https(link)) {
            problems.add(new Refusal.Problem("onlineLink", "governance.assembly.badLink"));
        }
        Instant starts = form.getStartsAt().atZone(zone).toInstant();
        Instant deadline = form.getResolutionsClose().atZone(zone).toInstant();
        if (deadline.isAfter(starts)) {
            problems.add(new Refusal.Problem("resolutionsClose", "governance.assembly.deadlineAfterStart"));
        }
        if (form.getRecordDate().isAfter(form.getStartsAt().toLocalDate())) {
            problems.add(new Refusal.Problem("recordDate", "governance.assembly.recordDateAfterStart"));
        }
        if (!form.isOrganizationsVote() && !form.isIndividualsVote()) {
            problems.add(new Refusal.Problem("organizationsVote", "governance.election.nobodyVotes"));
        }
        if (form.getQuorumRule() == QuorumRule.SHARE && form.getQuorumValue() > 100) {
            problems.add(new Refusal.Problem("quorumValue", "governance.assembly.shareOver100"));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        titleEn = form.getTitleEn().strip();
        titleEs = Texts.orNull(form.getTitleEs());
        agendaEn = Texts.orNull(form.getAgendaEn());
        agendaEs = Texts.orNull(form.getAgendaEs());
        startsAt = starts;
        place = Texts.orNull(form.getPlace());
        onlineLink = link;
        recordDate = form.getRecordDate();
        organizationsVote = form.isOrganizationsVote();
        individualsVote = form.isIndividualsVote();
        quorumKind = form.getQuorumRule();
        quorumValue = form.getQuorumValue();
        maxProxies = form.getMaxProxies();
        seconders = form.getSeconders();
        resolutionsClose = deadline;
    }

    private static void year(List<Refusal.Problem> problems, String field, LocalDate day) {
        if (day.getYear() < Election.FIRST_YEAR || day.getYear() > Election.LAST_YEAR) {
            problems.add(new Refusal.Problem(field, "governance.election.yearOutOfRange", Election.FIRST_YEAR,
                    Election.LAST_YEAR));
        }
    }

    AssemblyForm asForm(ZoneId zone) {
        AssemblyForm form = new AssemblyForm();
        form.setTitleEn(titleEn);
        form.setTitleEs(titleEs);
        form.setAgendaEn(agendaEn);
        form.setAgendaEs(agendaEs);
        form.setStartsAt(startsAt.atZone(zone).toLocalDateTime());
        form.setPlace(place);
        form.setOnlineLink(onlineLink);
        form.setRecordDate(recordDate);
        form.setOrganizationsVote(organizationsVote);
        form.setIndividualsVote(individualsVote);
        form.setQuorumRule(quorumKind);
        form.setQuorumValue(quorumValue);
        form.setMaxProxies(maxProxies);
        form.setSeconders(seconders);
        form.setResolutionsClose(resolutionsClose.atZone(zone).toLocalDateTime());
        return form;
    }

    public AssemblyPhase phase() {
        return closedAt != null ? AssemblyPhase.CLOSED
                : openedAt != null ? AssemblyPhase.IN_SESSION : AssemblyPhase.CALLED;
    }

    /** Opens the session: refused unless called and not yet opened. */
    void open(Instant now) {
        if (phase() != AssemblyPhase.CALLED) {
            throw new Refusal("governance.assembly.notCalled");
        }
        openedAt = now;
    }

    /** Closes the session: refused unless in session. */
    void close(Instant now) {
        requireInSession();
        closedAt = now;
    }

    /** Refused unless in session (checking in, opening and casting votes). */
    void requireInSession() {
        if (phase() != AssemblyPhase.IN_SESSION) {
            throw new Refusal("governance.assembly.notInSession");
        }
    }

    /** Refused once closed (proxies, amendments). */
    void requireNotClosed() {
        if (phase() == AssemblyPhase.CLOSED) {
            throw new Refusal("governance.assembly.over");
        }
    }

    /** Whether members may still submit resolutions: before the deadline, and never once the session has opened. */
    public boolean takesResolutions(Instant now) {
        return now.isBefore(resolutionsClose) && phase() == AssemblyPhase.CALLED;
    }

    /**
     * Writes the minutes after the close, and publishes them to the members when asked: refused before the close,
     * once published, and (publishing) without any text.
     */
    void writeMinutes(String english, String spanish, boolean publish, Instant now) {
        if (phase() != AssemblyPhase.CLOSED) {
            throw new Refusal("governance.minutes.notClosed");
        }
        if (minutesPublishedAt != null) {
            throw new Refusal("governance.minutes.fixed");
        }
        String en = Texts.orNull(english);
        String es = Texts.orNull(spanish);
        if (publish && en == null && es == null) {
            throw new Refusal("minutesEn", "governance.minutes.empty");
        }
        minutesEn = en;
        minutesEs = es;
        minutesPublishedAt = publish ? now : null;
    }

    /** The members that must be represented for a quorum of this roll. */
    int quorumNeeded(int roll) {
        return quorumKind.needed(quorumValue, roll);
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title(Locale locale) {
        return Texts.in(locale, titleEn, titleEs);
    }

    public String agenda(Locale locale) {
        return Texts.in(locale, agendaEn, agendaEs);
    }

    public Instant startsAt() {
        return startsAt;
    }

    public String place() {
        return place;
    }

    public String onlineLink() {
        return onlineLink;
    }

    @Override
    public LocalDate recordDate() {
        return recordDate;
    }

    @Override
    public boolean organizationsVote() {
        return organizationsVote;
    }

    @Override
    public boolean individualsVote() {
        return individualsVote;
    }

    public QuorumRule quorumRule() {
        return quorumKind;
    }

    public int quorumValue() {
        return quorumValue;
    }

    public int maxProxies() {
        return maxProxies;
    }

    public int seconders() {
        return seconders;
    }

    public Instant resolutionsClose() {
        return resolutionsClose;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String minutes(Locale locale) {
        return Texts.in(locale, minutesEn, minutesEs);
    }

    public String minutesEn() {
        return minutesEn;
    }

    public String minutesEs() {
        return minutesEs;
    }

    public Instant minutesPublishedAt() {
        return minutesPublishedAt;
    }
}
