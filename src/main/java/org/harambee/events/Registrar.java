package org.harambee.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.mail.Letter;
import org.harambee.site.InstallationKey;
import org.harambee.mail.Letters;
import org.harambee.mail.Mailer;
import org.harambee.site.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration for events, fair to the first who asked: a member is confirmed while seats remain and nobody waits,
 * otherwise waits in the order of registration; a seat freed by a cancellation is offered at once to the first
 * person waiting, until a moment (a day, or the close of registration), and passes to the next when the offer
 * lapses. Every step happens under the event's lock, so that seats are given one at a time on any number of nodes.
 * Access needs are kept for the organizers and deleted a set number of days after the event (and at once when a
 * registration is cancelled). The e-mails go out after each change commits and gives back its database connection:
 * a registration that waits for the lock holds a connection, and the one holding the lock must never need a second
 * one, or a burst of registrations larger than the pool would wait on itself.
 */
@Service
public class Registrar {

    /** A letter to send once the change that calls for it has committed and given back its connection. */
    private record Notice(Registration registration, Event event, String key) {
    }

    private final EventOffice office;
    private final Events events;
    private final Registrations registrations;
    private final AccessNeedsRecords needs;
    private final Mailer mailer;
    private final Letters letters;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Duration needsKept;
    private final InstallationKey key;
    /** The purpose the installation key signs visitors' registration links for. */
    private static final String LINK = "event registration link";
    /** How long before an event its reminders go out. */
    static final Duration REMINDED_BEFORE = Duration.ofDays(1);

    Registrar(EventOffice office, Events events, Registrations registrations, AccessNeedsRecords needs, Mailer mailer,
            Letters letters, AuditLog audit, Clock clock, PlatformTransactionManager transactions,
            @Value("${harambee.events.needs-kept:30d}") Duration needsKept, InstallationKey key) {
        this.key = key;
        this.office = office;
        this.events = events;
        this.registrations = registrations;
        this.needs = needs;
        this.mailer = mailer;
        this.letters = letters;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.needsKept = needsKept;
    }

    /** How many days after an event its registrations' access needs are deleted. */
    public long needsKeptDays() {
        return needsKept.toDays();
    }

    /** This person's registration for the event, if any. */
    @Transactional(readOnly = true)
    public Optional<Registration> of(Event event, HarambeeUser user) {
        return user == null ? Optional.empty() : registrations.findByEventIdAndAccountId(event.id(), user.accountId());
    }

    /** The seats confirmed or offered. */
    @Transactional(readOnly = true)
    public long seatsHeld(Event event) {
        return registrations.seatsHeld(event.id());
    }

    /** The seats confirmed or offered per ticket type of the event. */
    @Transactional(readOnly = true)
    public Map<Long, Long> heldPerTicketType(Event event) {
        return registrations.heldPerTicketType(event.id());
    }

    /** Where a waiting registration stands in the queue (1: next to be offered a seat). */
    @Transactional(readOnly = true)
    public long position(Event event, Registration waiting) {
        return all(event).stream().filter(each -> each.status() == RegistrationStatus.WAITING)
                .takeWhile(each -> !each.id().equals(waiting.id())).count() + 1;
    }

    /** Every registration, in the order of registration (for the organizers). */
    @Transactional(readOnly = true)
    public List<Registration> all(Event event) {
        return registrations.findByEventIdOrderByRegisteredAtAscIdAsc(event.id());
    }

    /** The access needs told, by registration (for the organizers). */
    @Transactional(readOnly = true)
    public Map<Long, AccessNeeds> needs(List<Registration> of) {
        return needs.findByRegistrationIdIn(of.stream().map(Registration::id).toList()).stream()
                .collect(Collectors.toMap(AccessNeeds::registrationId, Function.identity()));
    }

    /** Registers the member: confirmed while a seat is free and nobody waits, otherwise waiting. */
    public Registration register(String slug, RegistrationForm form, HarambeeUser user, Locale language) {
        List<Notice> notices = new ArrayList<>();
        Registration made = transaction.execute(status -> register(slug, form, user, language, notices));
        notices.forEach(this::tell);
        return made;
    }

    private Registration register(String slug, RegistrationForm form, HarambeeUser user, Locale language,
            List<Notice> notices) {
        Event event = locked(office.readable(slug, user));
        Instant now = clock.instant();
        event.requireRegistrationOpen(now);
        TicketType type = event.ticketTypeFor(form.getTicketType(), true);
        boolean seatFree = new Seats(event, all(event)).freeForNewcomer(type == null ? null : type.id());
        Registration registration = registrations.findByEventIdAndAccountId(event.id(), user.accountId()).orElse(null);
        if (registration == null) {
            registration = new Registration(event, type, user.accountId(), user.displayName(), user.email(),
                    language, seatFree, now);
        } else {
            registration.renew(type, user.displayName(), language, seatFree, now);
        }
        try {
            registrations.saveAndFlush(registration);
        } catch (DataIntegrityViolationException registeredMeanwhile) {
            throw new Refusal("events.registration.already");
        }
        needs.findById(registration.id()).ifPresent(told -> {
            needs.delete(told);
            needs.flush();
        });
        if (AccessNeeds.any(form)) {
            needs.save(new AccessNeeds(registration.id(), form));
        }
        notices.add(new Notice(registration, event, registration.status() == RegistrationStatus.CONFIRMED
                ? "events.mail.confirmed" : "events.mail.waiting"));
        audit.record("events.registration.made", "event " + slug, "registration " + registration.id());
        return registration;
    }

    /** The member cancels: the seat (or offer) goes at once to the first person waiting; their needs are deleted. */
    public void cancel(String slug, HarambeeUser user) {
        cancel(slug, user, event -> own(event, user));
    }

    /** The visitor cancels, with the link sent to their address. */
    public void cancelByLink(String slug, String secret) {
        cancel(slug, null, event -> byLink(event, secret));
    }

    private void cancel(String slug, HarambeeUser user, Function<Event, Registration> whose) {
        List<Notice> notices = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            Event event = locked(office.readable(slug, user));
            Registration registration = whose.apply(event);
            boolean held = registration.cancel();
            registrations.saveAndFlush(registration);
            needs.findById(registration.id()).ifPresent(needs::delete);
            audit.record("events.registration.cancelled", "event " + slug, "registration " + registration.id());
            if (held) {
                offerFreedSeats(event, clock.instant(), notices);
            }
        });
        notices.forEach(this::tell);
    }

    /** The member takes the seat offered to them, in time. */
    @Transactional
    public void take(String slug, HarambeeUser user) {
        Event event = locked(office.readable(slug, user));
        event.requireNotCancelled();
        own(event, user).take(clock.instant());
        audit.record("events.offer.taken", "event " + slug, null);
    }

    /** The visitor takes the seat offered to them, in time, with the link sent to their address. */
    @Transactional
    public void takeByLink(String slug, String secret) {
        Event event = locked(office.readable(slug, null));
        event.requireNotCancelled();
        Registration registration = byLink(event, secret);
        registration.take(clock.instant());
        audit.recordAs("visitor", "events.offer.taken", "event " + slug, "registration " + registration.id());
    }

    /**
     * A visitor registers with their name and address: unconfirmed, holding nothing, until they follow the link
     * mailed to that address (a registration already active gets its link again). The answer is the same whatever
     * the address, so that nobody learns from it who has registered; a link goes to one address once every ten
     * minutes at most. The same address sent twice at once registers once (the second changes nothing).
     */
    public void registerVisitor(String slug, VisitorRegistrationForm form, Locale language) {
        List<Runnable> mails = new ArrayList<>();
        try {
            registerVisitor(slug, form, language, mails);
        } catch (DataIntegrityViolationException sameAddressMeanwhile) {
            return;
        }
        mails.forEach(Runnable::run);
    }

    private void registerVisitor(String slug, VisitorRegistrationForm form, Locale language, List<Runnable> mails) {
        transaction.executeWithoutResult(status -> {
            Event event = office.readable(slug, null);
            Instant now = clock.instant();
            event.requireOpenToVisitors(now);
            TicketType type = event.ticketTypeFor(form.getTicketType(), false);
            String email = form.getEmail().strip();
            Registration registration = registrations.findByEventIdAndVisitorEmail(event.id(),
                    email.toLowerCase(Locale.ROOT)).orElse(null);
            String name = form.getName().strip();
            if (registration == null) {
                registration = Registration.visitor(event, type, name, email, language, now);
            } else if (!registration.status().active()) {
                registration.awaitConfirmation(type, name, language, now);
            }
            boolean waitsForAddress = registration.status() == RegistrationStatus.UNCONFIRMED;
            if (waitsForAddress) {
                registrations.saveAndFlush(registration);
                needs.findById(registration.id()).ifPresent(told -> {
                    needs.delete(told);
                    needs.flush();
                });
                if (AccessNeeds.any(form)) {
                    needs.save(new AccessNeeds(registration.id(), form));
                }
            }
            if (registration.claimLinkMail(now)) {
                Registration mailed = registrations.saveAndFlush(registration);
                mails.add(() -> tell(new Notice(mailed, event, waitsForAddress ? "events.mail.confirmAddress"
                        : "events.mail.yourLink")));
            }
            audit.recordAs("visitor", "events.registration.visitor", "event " + slug,
                    "registration " + registration.id());
        });
    }

    /**
     * The visitor followed the link and confirms: a seat if one is free and nobody waits, else a place at the end of
     * the queue, from this moment. Following it again changes nothing.
     */
    public Registration confirmByLink(String slug, String secret) {
        List<Notice> notices = new ArrayList<>();
        Registration confirmed = transaction.execute(status -> {
            Event event = locked(office.readable(slug, null));
            Instant now = clock.instant();
            Registration registration = byLink(event, secret);
            if (registration.status() == RegistrationStatus.UNCONFIRMED) {
                event.requireRegistrationOpen(now);
                registration.confirmAddress(new Seats(event, all(event)).freeForNewcomer(registration.ticketTypeId()),
                        now);
                registrations.saveAndFlush(registration);
                notices.add(new Notice(registration, event, registration.status() == RegistrationStatus.CONFIRMED
                        ? "events.mail.confirmed" : "events.mail.waiting"));
                audit.recordAs("visitor", "events.registration.made", "event " + slug,
                        "registration " + registration.id());
            }
            return registration;
        });
        notices.forEach(this::tell);
        return confirmed;
    }

    /** The visitor's registration the link names, if the link is real; unknown otherwise. */
    @Transactional(readOnly = true)
    public Registration byLink(Event event, String secret) {
        int dash = secret == null ? -1 : secret.indexOf('-');
        if (dash < 1 || !secret.substring(0, dash).matches("\\d{1,18}")
                || !key.verifies(LINK, secret.substring(0, dash), secret.substring(dash + 1))) {
            throw new UnknownEventException(event.slug());
        }
        return registrations.findById(Long.valueOf(secret.substring(0, dash)))
                .filter(found -> found.eventId().equals(event.id()) && found.visitor())
                .orElseThrow(() -> new UnknownEventException(event.slug()));
    }

    /** The link a visitor manages their registration with: its id and the installation's signature of it. */
    String linkOf(Event event, Registration registration) {
        return "/events/" + event.slug() + "/visitor/" + registration.id() + "-"
                + key.sign(LINK, String.valueOf(registration.id()));
    }

    /** An organizer checks a confirmed person in at the door. */
    @Transactional
    public Registration checkIn(String slug, Long registrationId) {
        Event event = office.existing(slug);
        Registration registration = registrations.findById(registrationId)
                .filter(found -> found.eventId().equals(event.id()))
                .orElseThrow(() -> new UnknownEventException(registrationId));
        registration.checkIn(clock.instant());
        return registration;
    }

    /** An organizer cancels the event: every registration is cancelled and its person told. */
    public void cancelEvent(String slug) {
        List<Notice> notices = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            Event event = locked(office.existing(slug));
            event.cancel(clock.instant());
            for (Registration registration : all(event)) {
                if (registration.status().active()) {
                    registration.cancel();
                    notices.add(new Notice(registration, event, "events.mail.eventCancelled"));
                }
            }
            audit.record("events.event.cancelled", "event " + slug, null);
        });
        notices.forEach(this::tell);
    }

    /**
     * Passes on the offers whose time is over: each lapses (its person is told) and the seat goes to the next person
     * waiting. Each event under its lock, so that nodes running this at once change each offer once.
     */
    @Scheduled(fixedDelayString = "${harambee.events.offers-check:PT1M}",
            initialDelayString = "${harambee.events.offers-check:PT1M}")
    public int passOnLapsedOffers() {
        Instant now = clock.instant();
        List<Long> eventIds = registrations.lapsedOffers(now).stream().map(Registration::eventId).distinct().toList();
        int lapsed = 0;
        for (Long eventId : eventIds) {
            List<Notice> notices = new ArrayList<>();
            transaction.executeWithoutResult(status -> {
                Event event = events.lockById(eventId).orElseThrow();
                for (Registration registration : all(event)) {
                    if (registration.lapse(now)) {
                        notices.add(new Notice(registration, event, "events.mail.offerLapsed"));
                    }
                }
                registrations.flush();
                offerFreedSeats(event, now, notices);
            });
            lapsed += (int) notices.stream().filter(notice -> notice.key().equals("events.mail.offerLapsed")).count();
            notices.forEach(this::tell);
        }
        return lapsed;
    }

    /**
     * Sends the organizers' message to the people registered (the confirmed, or everyone still registered), each with
     * the event's address under it; returns how many it went to.
     */
    public int message(String slug, EventMessage message) {
        Event event = office.existing(slug);
        List<Registration> to = all(event).stream().filter(each -> message.getAudience().includes(each.status()))
                .toList();
        String subject = message.getSubject().replaceAll("\\s+", " ").strip();
        for (Registration each : to) {
            mailer.send(Letter.to(each.email(), subject, message.getBody().strip() + "\n\n-- \n"
                    + event.title(each.language()) + "\n" + letters.link("/events/" + slug)).readableByStaff());
        }
        audit.record("events.message.sent", "event " + slug, to.size() + " " + message.getAudience().name()
                .toLowerCase(Locale.ROOT));
        return to.size();
    }

    /**
     * Reminds the confirmed of each event that starts within a day, once: the node that marks the event reminded
     * (a conditional update, which one node alone wins) sends the reminders, so several nodes send them once.
     */
    @Scheduled(fixedDelayString = "${harambee.events.reminders-check:PT15M}",
            initialDelayString = "${harambee.events.reminders-check:PT15M}")
    public int sendReminders() {
        Instant now = clock.instant();
        int sent = 0;
        for (Event event : events.dueForReminders(now, now.plus(REMINDED_BEFORE))) {
            Integer claimed = transaction.execute(status -> events.markReminded(event.id(), now));
            if (claimed == null || claimed == 0) {
                continue;
            }
            for (Registration each : all(event)) {
                if (each.status() == RegistrationStatus.CONFIRMED) {
                    tell(new Notice(each, event, "events.mail.reminder"));
                    sent++;
                }
            }
        }
        return sent;
    }

    /**
     * Deletes the access needs of events that ended more than the set number of days ago, and the registrations of
     * visitors who never confirmed their address (a name and an address nobody proved, kept no longer).
     */
    @Scheduled(cron = "${harambee.events.needs-cleanup-cron:0 30 3 * * *}", zone = "UTC")
    public int deleteNeedsAfterEvents() {
        Instant before = clock.instant().minus(needsKept);
        List<Long> ended = events.findAll().stream().filter(event -> event.endsAt().isBefore(before))
                .map(Event::id).toList();
        if (ended.isEmpty()) {
            return 0;
        }
        Integer deleted = transaction.execute(status -> needs.deleteForEvents(ended)
                + registrations.deleteUnconfirmed(ended));
        return deleted == null ? 0 : deleted;
    }

    /** Offers each free seat to the first person waiting for it (of its ticket type), while registration is open. */
    private void offerFreedSeats(Event event, Instant now, List<Notice> notices) {
        if (event.cancelled() || !now.isBefore(event.registrationCloses())) {
            return;
        }
        List<Registration> all = all(event);
        Seats seats = new Seats(event, all);
        for (Registration waiting : all) {
            if (waiting.status() == RegistrationStatus.WAITING && seats.free(waiting.ticketTypeId())) {
                waiting.offer(event.offerUntil(now));
                seats.hold(waiting.ticketTypeId());
                notices.add(new Notice(waiting, event, "events.mail.offered"));
            }
        }
    }

    private Event locked(Event event) {
        return events.lockById(event.id()).orElseThrow(() -> new UnknownEventException(event.slug()));
    }

    private Registration own(Event event, HarambeeUser user) {
        return registrations.findByEventIdAndAccountId(event.id(), user.accountId())
                .orElseThrow(() -> new Refusal("events.registration.none"));
    }

    private void tell(Notice notice) {
        Registration registration = notice.registration();
        Event event = notice.event();
        String key = notice.key();
        Locale language = registration.language();
        EventView view = new EventView(event, language);
        String until = registration.offerExpiresAt() == null ? view.when()
                : view.at(registration.offerExpiresAt()) + " (" + event.zone().getId() + ")";
        String where = Stream.of(event.place(), registration.status() == RegistrationStatus.CONFIRMED
                ? event.onlineLink() : null).filter(Objects::nonNull).collect(Collectors.joining("\n"));
        if (registration.visitor()) {
            mailer.send(letters.letter(registration.email(), language, key, event.title(language), Letter.SECRET_LINK,
                    until, where).withSecretLink(letters.link(linkOf(event, registration))));
        } else {
            mailer.send(letters.letter(registration.email(), language, key, event.title(language),
                    letters.link("/events/" + event.slug()), until, where));
        }
    }
}
