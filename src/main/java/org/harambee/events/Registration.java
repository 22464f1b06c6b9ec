package org.harambee.events;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.harambee.site.Refusal;

/**
 * A person's registration for an event, in their language: a member's, or a visitor's (unconfirmed until they
 * follow the link sent to their address); confirmed, waiting (in the order of registration), offered a freed seat
 * until a moment, cancelled or lapsed; checked in at the door once.
 */
@Entity
@Table(name = "event_registration")
public class Registration {

    /** The shortest time between two links mailed to a visitor's address for one registration. */
    static final Duration LINK_INTERVAL = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_registration_seq")
    @SequenceGenerator(name = "event_registration_seq", sequenceName = "event_registration_seq", allocationSize = 50)
    private Long id;
    private Long eventId;
    private Long ticketTypeId;
    private UUID accountId;
    private String name;
    private String email;
    private String language;
    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;
    private Instant registeredAt;
    private Instant offerExpiresAt;
    private Instant checkedInAt;
    private String visitorEmail;
    private Instant linkSentAt;
    @Version
    private long version;

    protected Registration() {
    }

    Registration(Event event, TicketType type, UUID accountId, String name, String email, Locale language,
            boolean seatFree, Instant now) {
        this.eventId = event.id();
        this.ticketTypeId = type == null ? null : type.id();
        this.accountId = accountId;
        this.name = name;
        this.email = email;
        this.language = language.getLanguage();
        this.registeredAt = now;
        this.status = seatFree ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
    }

    /**
     * A visitor's registration: unconfirmed, holding nothing, until they follow the link sent to their address
     * (they have no account: the address is who they are, once per event).
     */
    static Registration visitor(Event event, TicketType type, String name, String email, Locale language,
            Instant now) {
        Registration registration = new Registration(event, type, null, name, email, language, false, now);
        registration.visitorEmail = email.toLowerCase(Locale.ROOT);
        registration.status = RegistrationStatus.UNCONFIRMED;
        return registration;
    }

    /** A visitor registers again after cancelling or letting an offer lapse: unconfirmed until they follow the link. */
    void awaitConfirmation(TicketType type, String name, Locale language, Instant now) {
        restart(type, name, language, RegistrationStatus.UNCONFIRMED, now);
    }

    /**
     * The visitor followed the link: confirmed in a free seat or waiting, in the order of this moment (their place
     * is taken when their address is proven, not when the form was sent).
     */
    void confirmAddress(boolean seatFree, Instant now) {
        if (status != RegistrationStatus.UNCONFIRMED) {
            throw new IllegalStateException("Only an unconfirmed registration confirms its address");
        }
        registeredAt = now;
        status = seatFree ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
    }

    /**
     * Claims the sending of a link to the visitor's address now, answering whether it was claimed (one every ten
     * minutes at most, so that the form cannot be used to flood someone's mailbox).
     */
    boolean claimLinkMail(Instant now) {
        if (linkSentAt != null && now.isBefore(linkSentAt.plus(LINK_INTERVAL))) {
            return false;
        }
        linkSentAt = now;
        return true;
    }

    /** Whether it still counts as a registration: a seat, an offer or a place in the queue. */
    public boolean active() {
        return status.active();
    }

    /** Whether it is a visitor's (no account: managed with the link sent to their address). */
    public boolean visitor() {
        return accountId == null;
    }

    /** Registers again after cancelling or letting an offer lapse: at the end of the queue, or in a free seat. */
    void renew(TicketType type, String name, Locale language, boolean seatFree, Instant now) {
        restart(type, name, language, seatFree ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING, now);
    }

    /** Starts it again from {@code now} in {@code status}: refused while it is still a registration. */
    private void restart(TicketType type, String name, Locale language, RegistrationStatus status, Instant now) {
        if (this.status.active()) {
            throw new Refusal("events.registration.already");
        }
        this.ticketTypeId = type == null ? null : type.id();
        this.name = name;
        this.language = language.getLanguage();
        this.registeredAt = now;
        this.offerExpiresAt = null;
        this.status = status;
    }

    /** Offers a freed seat until {@code until}: only to someone waiting. */
    void offer(Instant until) {
        if (status != RegistrationStatus.WAITING) {
            throw new IllegalStateException("Only someone waiting is offered a seat");
        }
        status = RegistrationStatus.OFFERED;
        offerExpiresAt = until;
    }

    /** Takes the offered seat: refused unless offered and still in time. */
    void take(Instant now) {
        if (status != RegistrationStatus.OFFERED) {
            throw new Refusal("events.offer.notOffered");
        }
        if (!now.isBefore(offerExpiresAt)) {
            throw new Refusal("events.offer.expired");
        }
        status = RegistrationStatus.CONFIRMED;
        offerExpiresAt = null;
    }

    /** Lets an offer lapse once its time is over: answers whether it lapsed. */
    boolean lapse(Instant now) {
        if (status == RegistrationStatus.OFFERED && !now.isBefore(offerExpiresAt)) {
            status = RegistrationStatus.LAPSED;
            return true;
        }
        return false;
    }

    /** Cancels it (the person, or the event's cancellation): answers whether it held a seat or an offer. */
    boolean cancel() {
        if (!status.active()) {
            throw new Refusal("events.registration.notActive");
        }
        boolean held = status.holdsSeat();
        status = RegistrationStatus.CANCELLED;
        offerExpiresAt = null;
        return held;
    }

    /** Checks the person in at the door: only a confirmed registration, once. */
    void checkIn(Instant now) {
        if (status != RegistrationStatus.CONFIRMED) {
            throw new Refusal("events.checkIn.notConfirmed");
        }
        if (checkedInAt == null) {
            checkedInAt = now;
        }
    }

    public Long id() {
        return id;
    }

    /** The ticket type it holds, or null (the event has none). */
    public Long ticketTypeId() {
        return ticketTypeId;
    }

    public Long eventId() {
        return eventId;
    }

    public UUID accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public Locale language() {
        return Locale.forLanguageTag(language);
    }

    public RegistrationStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant offerExpiresAt() {
        return offerExpiresAt;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }
}
