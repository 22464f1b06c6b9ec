package org.harambee.workinggroups.statements;

import org.harambee.site.RichText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A joint sign-on statement or letter of a working group (or of the network's staff), addressed to someone. It is
 * drafted (each edit keeps the text it replaces as a version), opened for signatures until the end of its deadline
 * in the network's time zone, closed (early by its owners, or by its deadline passing, whatever has been recorded
 * yet), and delivered. It guards its own life: every refused step throws a {@link StatementTransitionException}.
 */
@Entity
@Table(name = "statement")
class SignOnStatement {

    public static final int MAX_TITLE = 300;
    public static final int MAX_TARGET = 300;
    public static final int MAX_BODY = RichText.MAX_LENGTH;
    public static final int MAX_DELIVERED_TO = 300;
    /** How far ahead of the day it opens a statement's deadline may lie. */
    public static final int MAX_OPEN_DAYS = 366;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String target;
    private String body;
    private Long groupId;
    @Enumerated(EnumType.STRING)
    private StatementVisibility visibility;
    private boolean individualsMaySign;
    @Enumerated(EnumType.STRING)
    private StatementState state;
    private LocalDate deadline;
    private Instant closesAt;
    private Instant draftedAt;
    private Instant editedAt;
    private Instant openedAt;
    private Instant closedAt;
    private String deliveredTo;
    @Enumerated(EnumType.STRING)
    private DeliveryMethod deliveryMethod;
    private LocalDate deliveredOn;
    private Instant deliveryRecordedAt;
    @Version
    private long version;

    @OneToMany(mappedBy = "statement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number desc")
    private List<StatementVersion> versions = new ArrayList<>();

    protected SignOnStatement() {
    }

    /** A new draft of the working group {@code groupId}, or of the network's staff when it is null. */
    SignOnStatement(Long groupId, StatementDraft draft, Instant now) {
        this.groupId = groupId;
        this.state = StatementState.DRAFT;
        this.draftedAt = now;
        write(checked(draft), now);
    }

    /** Owners change the draft; the text it replaces (title, addressee, body) is kept as a version when it differs. */
    void edit(StatementDraft draft, Instant now) {
        if (!editable()) {
            throw new StatementTransitionException("statements.refused.notDraft");
        }
        StatementDraft checked = checked(draft);
        if (!title.equals(checked.title()) || !target.equals(checked.target()) || !body.equals(checked.body())) {
            int number = versions.stream().mapToInt(StatementVersion::number).max().orElse(0) + 1;
            versions.add(0, new StatementVersion(this, number, title, target, body, editedAt));
        }
        write(checked, now);
    }

    /** Whether its text may still change: only while it is a draft. */
    boolean editable() {
        return state == StatementState.DRAFT;
    }

    /** The draft stripped of surrounding space, refused unless title, addressee and text are given within limits. */
    private static StatementDraft checked(StatementDraft draft) {
        String title = clean(draft.title());
        String target = clean(draft.target());
        String body = clean(draft.body());
        if (title == null || title.length() > MAX_TITLE || target == null || target.length() > MAX_TARGET
                || body == null || body.length() > MAX_BODY || draft.visibility() == null) {
            throw new StatementTransitionException("statements.refused.incomplete");
        }
        return new StatementDraft(title, target, body, draft.visibility(), draft.individualsMaySign());
    }

    private void write(StatementDraft checked, Instant now) {
        this.title = checked.title();
        this.target = checked.target();
        this.body = checked.body();
        this.visibility = checked.visibility();
        this.individualsMaySign = checked.individualsMaySign();
        this.editedAt = now;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Opens the draft for signatures through the end of {@code deadline} in the network's time zone; the deadline
     * must be a day after today there, at most {@link #MAX_OPEN_DAYS} ahead.
     */
    void open(LocalDate deadline, ZoneId zone, Instant now) {
        if (state != StatementState.DRAFT) {
            throw new StatementTransitionException("statements.refused.notDraft");
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (deadline == null || !deadline.isAfter(today)) {
            throw new StatementTransitionException("statements.refused.deadlinePast");
        }
        if (deadline.isAfter(today.plusDays(MAX_OPEN_DAYS))) {
            throw new StatementTransitionException("statements.refused.deadlineFar");
        }
        this.deadline = deadline;
        this.closesAt = deadline.plusDays(1).atStartOfDay(zone).toInstant();
        this.openedAt = now;
        this.state = StatementState.OPEN;
    }

    /** Owners close an open statement, before its deadline or (recording it) after. */
    void close(Instant now) {
        if (state != StatementState.OPEN) {
            throw new StatementTransitionException("statements.refused.notOpenToClose");
        }
        this.closedAt = now.isBefore(closesAt) ? now : closesAt;
        this.state = StatementState.CLOSED;
    }

    /** Records the closing of an open statement whose deadline has passed, as of its deadline; true if it did. */
    boolean closeIfExpired(Instant now) {
        if (state != StatementState.OPEN || now.isBefore(closesAt)) {
            return false;
        }
        this.closedAt = closesAt;
        this.state = StatementState.CLOSED;
        return true;
    }

    /**
     * Records to whom, how and on which day the closed statement was delivered: a day from its opening to today (in
     * the network's time zone).
     */
    void deliver(Delivery delivery, ZoneId zone, Instant now) {
        closeIfExpired(now);
        if (state != StatementState.CLOSED) {
            throw new StatementTransitionException(state == StatementState.DELIVERED ? "statements.refused.delivered"
                    : "statements.refused.notClosed");
        }
        String to = clean(delivery.to());
        if (to == null || to.length() > MAX_DELIVERED_TO || delivery.how() == null || delivery.on() == null) {
            throw new StatementTransitionException("statements.refused.incomplete");
        }
        if (delivery.on().isAfter(LocalDate.ofInstant(now, zone))) {
            throw new StatementTransitionException("statements.refused.deliveryFuture");
        }
        if (delivery.on().isBefore(LocalDate.ofInstant(openedAt, zone))) {
            throw new StatementTransitionException("statements.refused.deliveryBeforeOpening");
        }
        this.deliveredTo = to;
        this.deliveryMethod = delivery.how();
        this.deliveredOn = delivery.on();
        this.deliveryRecordedAt = now;
        this.state = StatementState.DELIVERED;
    }

    /** A signature of this signer, now: only while open, and from an individual only when the statement allows it. */
    Signature sign(Signer signer, Instant now) {
        StatementState current = state(now);
        if (current != StatementState.OPEN) {
            throw new StatementTransitionException(current == StatementState.DRAFT ? "statements.refused.notOpen"
                    : "statements.refused.closed");
        }
        if (signer.kind() == SignerKind.INDIVIDUAL && !individualsMaySign) {
            throw new StatementTransitionException("statements.refused.individuals");
        }
        return new Signature(id, signer, now);
    }

    /** Checks that this signature of the statement may be withdrawn now: only while the statement is open. */
    void withdraw(Signature signature, Instant now) {
        if (!Objects.equals(signature.statementId(), id)) {
            throw new IllegalArgumentException("signature " + signature.id() + " is not of statement " + id);
        }
        if (state(now) != StatementState.OPEN) {
            throw new StatementTransitionException("statements.refused.withdrawClosed");
        }
    }

    /** The state at this moment: an open statement whose deadline has passed is closed, recorded yet or not. */
    public StatementState state(Instant now) {
        return state == StatementState.OPEN && !now.isBefore(closesAt) ? StatementState.CLOSED : state;
    }

    /** When signatures stopped, at this moment: when it was closed, or the end of its passed deadline; else null. */
    public Instant closedAt(Instant now) {
        if (closedAt != null) {
            return closedAt;
        }
        return state(now) == StatementState.CLOSED ? closesAt : null;
    }

    /** Whether this person may read it: owners and their group's participants always; others once open, as chosen. */
    boolean readableBy(Reader reader) {
        if (reader.owner() || reader.participant()) {
            return true;
        }
        return state != StatementState.DRAFT && (visibility == StatementVisibility.PUBLIC || reader.member());
    }

    /** Whether anyone may read it (then it is shared and described to link previews). */
    public boolean isPublic() {
        return state != StatementState.DRAFT && visibility == StatementVisibility.PUBLIC;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String target() {
        return target;
    }

    /** The text, in Markdown as written. */
    public String body() {
        return body;
    }

    /** The owning working group; null for a statement of the network's staff. */
    public Long groupId() {
        return groupId;
    }

    public StatementVisibility visibility() {
        return visibility;
    }

    public boolean individualsMaySign() {
        return individualsMaySign;
    }

    /** The last day signatures are accepted, once opened. */
    public LocalDate deadline() {
        return deadline;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String deliveredTo() {
        return deliveredTo;
    }

    public DeliveryMethod deliveryMethod() {
        return deliveryMethod;
    }

    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    /** The earlier texts, newest first. */
    public List<StatementVersion> versions() {
        return List.copyOf(versions);
    }
}
