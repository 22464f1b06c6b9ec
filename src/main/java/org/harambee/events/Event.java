package org.harambee.events;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.harambee.site.Refusal;
import org.harambee.site.WebLinks;

/**
 * An event of the network: what and when (in its own time zone), where (a place, or online with a link that only
 * the confirmed see), the working group and member organizations hosting it (if any), who may find it, how many seats it has (none: no limit) and when registration is open. It
 * decides whether a seat is free; once cancelled it takes no registration and changes no more.
 */
@Entity
@Table(name = "network_event")
public class Event {

    /** How long a freed seat is offered to the first person waiting, at most (less when registration closes sooner). */
    static final Duration OFFER = Duration.ofHours(24);
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "network_event_seq")
    @SequenceGenerator(name = "network_event_seq", sequenceName = "network_event_seq", allocationSize = 50)
    private Long id;
    private String slug;
    private String titleEn;
    private String titleEs;
    private String descriptionEn;
    private String descriptionEs;
    @Enumerated(EnumType.STRING)
    private EventKind kind;
    @Enumerated(EnumType.STRING)
    private EventLanguage language;
    private Instant startsAt;
    private Instant endsAt;
    private String timeZone;
    private String place;
    private String onlineLink;
    @Enumerated(EnumType.STRING)
    private EventVisibility visibility;
    private Long groupId;
    private boolean openToVisitors;
    private Integer capacity;
    private Instant registrationOpens;
    private Instant registrationCloses;
    private Instant cancelledAt;
    private Instant remindersSentAt;
    private UUID createdBy;
    private Instant createdAt;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "event_id", nullable = false)
    @OrderBy("position")
    private Set<TicketType> ticketTypes = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_host_organizations", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "organization_id")
    private Set<Long> hostOrganizations = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_issue_areas", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "issue_area_id")
    private Set<Long> issueAreas = new HashSet<>();

    protected Event() {
    }

    Event(String slug, EventForm form, Set<Long> hosts, UUID by, Instant now) {
        this.slug = slug;
        this.createdBy = by;
        this.createdAt = now;
        apply(form, Map.of(), Set.of());
        hostOrganizations = new HashSet<>(hosts);
    }

    /**
     * Changes it: refused once cancelled, below the seats already confirmed or offered (of the event, of a ticket
     * type: {@code heldPerType}), and for removing a ticket type some registration holds ({@code typesInUse}).
     */
    void revise(EventForm form, Set<Long> hosts, int seatsHeld, Map<Long, Long> heldPerType,
            Set<Long> typesInUse) {
        requireNotCancelled();
        if (form.getCapacity() != null && form.getCapacity() < seatsHeld) {
            throw new Refusal("capacity", "events.event.capacityBelowHeld", seatsHeld);
        }
        apply(form, heldPerType, typesInUse);
        hostOrganizations = new HashSet<>(hosts);
    }

    private void apply(EventForm form, Map<Long, Long> heldPerType, Set<Long> typesInUse) {
        List<Refusal.Problem> problems = new ArrayList<>();
        for (String field : List.of("startsAt", "endsAt", "registrationOpens", "registrationCloses")) {
            LocalDateTime moment = switch (field) {
                case "startsAt" -> form.getStartsAt();
                case "endsAt" -> form.getEndsAt();
                case "registrationOpens" -> form.getRegistrationOpens();
                default -> form.getRegistrationCloses();
            };
            if (moment.getYear() < FIRST_YEAR || moment.getYear() > LAST_YEAR) {
                problems.add(new Refusal.Problem(field, "events.event.yearOutOfRange", FIRST_YEAR, LAST_YEAR));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        if (blank(form.getTitleEn()) && blank(form.getTitleEs())) {
            problems.add(new Refusal.Problem("titleEn", "events.event.titleNeeded"));
        }
        ZoneId zone = ZoneId.of(form.getTimeZone());
        Instant starts = form.getStartsAt().atZone(zone).toInstant();
        Instant ends = form.getEndsAt().atZone(zone).toInstant();
        Instant opens = form.getRegistrationOpens().atZone(zone).toInstant();
        Instant closes = form.getRegistrationCloses().atZone(zone).toInstant();
        if (!ends.isAfter(starts)) {
            problems.add(new Refusal.Problem("endsAt", "events.event.endsBeforeStart"));
        }
        if (!closes.isAfter(opens)) {
            problems.add(new Refusal.Problem("registrationCloses", "events.event.closesBeforeOpening"));
        } else if (closes.isAfter(ends)) {
            problems.add(new Refusal.Problem("registrationCloses", "events.event.closesAfterEnd"));
        }
        String link = orNull(form.getOnlineLink());
        if (blank(form.getPlace()) && link == null) {
            problems.add(new Refusal.Problem("place", "events.event.whereNeeded"));
        }
        if (link != null && !WebLinks.https(link)) {
            problems.add(new Refusal.Problem("onlineLink", "events.event.badLink"));
        }
        if (form.getVisibility() == EventVisibility.GROUP && form.getGroupId() == null) {
            problems.add(new Refusal.Problem("groupId", "events.event.groupNeeded"));
        }
        if (form.isOpenToVisitors() && form.getVisibility() != EventVisibility.PUBLIC) {
            problems.add(new Refusal.Problem("openToVisitors", "events.event.visitorsOnlyPublic"));
        }
        List<TicketType> types = ticketTypesOf(form, heldPerType, typesInUse, problems);
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        ticketTypes.retainAll(types);
        ticketTypes.addAll(types);
        titleEn = orNull(form.getTitleEn());
        titleEs = orNull(form.getTitleEs());
        descriptionEn = orNull(form.getDescriptionEn());
        descriptionEs = orNull(form.getDescriptionEs());
        kind = form.getKind();
        language = form.getLanguage();
        if (!starts.equals(startsAt)) {
            remindersSentAt = null;
        }
        startsAt = starts;
        endsAt = ends;
        timeZone = zone.getId();
        place = orNull(form.getPlace());
        onlineLink = link;
        visibility = form.getVisibility();
        groupId = form.getGroupId();
        openToVisitors = form.isOpenToVisitors();
        capacity = form.getCapacity();
        registrationOpens = opens;
        registrationCloses = closes;
        issueAreas = new HashSet<>(form.getIssueAreas());
    }

    /**
     * The ticket types the form asks for, in its order: its rows naming one (a row with seats but no name is
     * refused), each kept, changed or new; a type removed or given fewer seats than are held is refused.
     */
    private List<TicketType> ticketTypesOf(EventForm form, Map<Long, Long> heldPerType, Set<Long> typesInUse,
            List<Refusal.Problem> problems) {
        List<TicketType> types = new ArrayList<>();
        List<TicketTypeForm> rows = form.getTicketTypes();
        for (int i = 0; i < rows.size(); i++) {
            TicketTypeForm row = rows.get(i);
            String field = "ticketTypes[" + i + "]";
            if (row.blank()) {
                if (row.getCapacity() != null) {
                    problems.add(new Refusal.Problem(field + ".nameEn", "events.ticket.nameNeeded"));
                }
                continue;
            }
            TicketType type = row.getId() == null ? null : ticketType(row.getId()).orElse(null);
            if (row.getId() != null && type == null) {
                problems.add(new Refusal.Problem(field + ".nameEn", "events.ticket.unknown"));
                continue;
            }
            long held = type == null ? 0 : heldPerType.getOrDefault(type.id(), 0L);
            if (row.getCapacity() != null && row.getCapacity() < held) {
                problems.add(new Refusal.Problem(field + ".capacity", "events.event.capacityBelowHeld", held));
                continue;
            }
            if (type == null) {
                type = new TicketType(row, types.size());
            } else {
                type.apply(row, types.size());
            }
            types.add(type);
        }
        for (TicketType kept : ticketTypes()) {
            if (!types.contains(kept) && typesInUse.contains(kept.id())) {
                problems.add(new Refusal.Problem("ticketTypes", "events.ticket.inUse",
                        kept.name(Locale.ENGLISH)));
            }
        }
        return types;
    }

    EventForm asForm() {
        ZoneId zone = zone();
        EventForm form = new EventForm();
        form.setTitleEn(titleEn);
        form.setTitleEs(titleEs);
        form.setDescriptionEn(descriptionEn);
        form.setDescriptionEs(descriptionEs);
        form.setKind(kind);
        form.setLanguage(language);
        form.setTimeZone(timeZone);
        form.setStartsAt(startsAt.atZone(zone).toLocalDateTime());
        form.setEndsAt(endsAt.atZone(zone).toLocalDateTime());
        form.setPlace(place);
        form.setOnlineLink(onlineLink);
        form.setVisibility(visibility);
        form.setGroupId(groupId);
        form.setOpenToVisitors(openToVisitors);
        form.setCapacity(capacity);
        form.setRegistrationOpens(registrationOpens.atZone(zone).toLocalDateTime());
        form.setRegistrationCloses(registrationCloses.atZone(zone).toLocalDateTime());
        form.setIssueAreas(new ArrayList<>(issueAreas));
        form.setTicketTypes(new ArrayList<>(ticketTypes().stream().map(TicketType::asForm).toList()));
        return form;
    }

    /** Cancels it: everyone registered is told; it takes no registration any more. */
    void cancel(Instant now) {
        requireNotCancelled();
        cancelledAt = now;
    }

    void requireNotCancelled() {
        if (cancelledAt != null) {
            throw new Refusal("events.event.isCancelled");
        }
    }

    /** Refused unless registration is open at {@code now} (and the event is not cancelled). */
    void requireRegistrationOpen(Instant now) {
        requireNotCancelled();
        if (now.isBefore(registrationOpens)) {
            throw new Refusal("events.registration.notYetOpen");
        }
        if (!now.isBefore(registrationCloses)) {
            throw new Refusal("events.registration.closed");
        }
    }

    /** Refused unless visitors may register and registration is open at {@code now}. */
    void requireOpenToVisitors(Instant now) {
        if (!openToVisitors) {
            throw new Refusal("events.visitor.notOpen");
        }
        requireRegistrationOpen(now);
    }

    /** Whether it takes registrations at {@code now}: not cancelled, within its registration window. */
    public boolean registrationOpen(Instant now) {
        return cancelledAt == null && !now.isBefore(registrationOpens) && now.isBefore(registrationCloses);
    }

    /** Whether a seat is free when {@code held} are confirmed or offered. */
    boolean seatFree(long held) {
        return capacity == null || held < capacity;
    }

    /**
     * Whether a seat of this ticket type (null: the event has none) is free when {@code held} of the event and
     * {@code heldOfType} of the type are confirmed or offered: the event's seats and the type's both.
     */
    boolean seatFree(TicketType type, long held, long heldOfType) {
        return seatFree(held) && (type == null || type.seatFree(heldOfType));
    }

    /**
     * The ticket type a registration asks for: one of the event's (a members' one only for a member), or none when
     * the event has no ticket types.
     */
    TicketType ticketTypeFor(Long id, boolean member) {
        if (ticketTypes.isEmpty()) {
            return null;
        }
        TicketType type = id == null ? null : ticketType(id)
                .orElseThrow(() -> new Refusal("ticketType", "events.ticket.choose"));
        if (type == null) {
            throw new Refusal("ticketType", "events.ticket.choose");
        }
        if (type.membersOnly() && !member) {
            throw new Refusal("ticketType", "events.ticket.membersOnly.refused");
        }
        return type;
    }

    Optional<TicketType> ticketType(Long id) {
        return ticketTypes.stream().filter(type -> type.id() != null && type.id().equals(id)).findFirst();
    }

    /** Its ticket types, in the order the organizers gave them. */
    public List<TicketType> ticketTypes() {
        return ticketTypes.stream().sorted(Comparator.comparingInt(TicketType::position)).toList();
    }

    /** Until when a seat freed at {@code now} is offered: a day, or until registration closes if sooner. */
    Instant offerUntil(Instant now) {
        Instant day = now.plus(OFFER);
        return day.isBefore(registrationCloses) ? day : registrationCloses;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String orNull(String text) {
        return blank(text) ? null : text.strip();
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title(Locale locale) {
        return in(locale, titleEn, titleEs);
    }

    public String description(Locale locale) {
        return in(locale, descriptionEn, descriptionEs);
    }

    static String in(Locale locale, String english, String spanish) {
        boolean spanishReader = "es".equals(locale.getLanguage());
        String first = spanishReader ? spanish : english;
        return first != null ? first : spanishReader ? english : spanish;
    }

    public EventKind kind() {
        return kind;
    }

    public EventLanguage language() {
        return language;
    }

    /** Whether it happens online (hybrid events too). */
    public boolean online() {
        return onlineLink != null;
    }

    /** Whether it happens at a place (hybrid events too). */
    public boolean inPerson() {
        return place != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String place() {
        return place;
    }

    public String onlineLink() {
        return onlineLink;
    }

    public EventVisibility visibility() {
        return visibility;
    }

    /** The member organizations co-hosting it. */
    public Set<Long> hostOrganizations() {
        return Set.copyOf(hostOrganizations);
    }

    /** The working group hosting it, or null. */
    public Long groupId() {
        return groupId;
    }

    /** Whether visitors (without an account) may register, with their e-mail address. */
    public boolean openToVisitors() {
        return openToVisitors;
    }

    public Integer capacity() {
        return capacity;
    }

    public Instant registrationOpens() {
        return registrationOpens;
    }

    public Instant registrationCloses() {
        return registrationCloses;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public Set<Long> issueAreas() {
        return Set.copyOf(issueAreas);
    }
}
