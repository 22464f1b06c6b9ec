package org.harambee.events;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MemberOrganization;
import org.harambee.membership.OrganizationAccess;
import org.harambee.membership.OrganizationId;
import org.harambee.membership.OrganizationView;
import org.harambee.related.ItemPublished;
import org.harambee.related.Subject;
import org.harambee.site.Installation;
import org.harambee.site.Option;
import org.harambee.site.Refusal;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.workinggroups.GroupId;
import org.harambee.workinggroups.GroupRoster;
import org.harambee.workinggroups.GroupSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Events as their organizers describe them and readers find them: the list a reader may see, one event (members-only
 * events are unknown to visitors, a group's events to those outside it), who organizes one (staff, and the conveners
 * of the working group hosting it), describing and changing one.
 */
@Service
@Transactional(readOnly = true)
public class EventOffice {

    private static final int SLUG_MAX = 60;
    /** The most member organizations co-hosting one event. */
    static final int MAX_HOSTS = 20;

    private final Events events;
    private final Registrations registrations;
    private final Taxonomy taxonomy;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;
    private final Installation installation;
    private final GroupRoster groups;
    private final OrganizationAccess organizations;
    private final ApplicationEventPublisher published;

    EventOffice(Events events, Registrations registrations, Taxonomy taxonomy, AuditLog audit, Clock clock,
            MessageSource messages, Installation installation, GroupRoster groups, OrganizationAccess organizations,
            ApplicationEventPublisher published) {
        this.published = published;
        this.groups = groups;
        this.organizations = organizations;
        this.events = events;
        this.registrations = registrations;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
        this.installation = installation;
    }

    /** The issue areas an event may be tagged with. */
    public List<IssueArea> issueAreas() {
        return taxonomy.activeIssueAreas();
    }

    public Instant now() {
        return clock.instant();
    }

    /** The events this reader may see, soonest first. */
    public List<Event> visibleTo(HarambeeUser reader) {
        Sight sight = sightOf(reader);
        return events.findAllByOrderByStartsAtAsc().stream().filter(sight::mayRead).toList();
    }

    /**
     * What one reader may see of events: public ones, members' ones when signed in, a group's ones when they take
     * part in the group (staff too, unless the group is private and they have no entry in it).
     */
    record Sight(boolean signedIn, boolean staff, Set<Long> groups, Set<Long> hidden) {

        boolean mayRead(Event event) {
            return switch (event.visibility()) {
                case PUBLIC -> true;
                case MEMBERS -> signedIn;
                case GROUP -> groups.contains(event.groupId()) || staff && !hidden.contains(event.groupId());
            };
        }
    }

    Sight sightOf(HarambeeUser reader) {
        return reader == null ? new Sight(false, false, Set.of(), Set.of())
                : new Sight(true, reader.isStaff(), groups.groupIdsOf(reader),
                        groups.privateGroupIdsHiddenFrom(reader));
    }

    /**
     * Whether this person organizes the event: staff, or a convener of the working group hosting it. An event
     * this person may not see has no organizer they could be.
     */
    public boolean organizes(Event event, HarambeeUser person) {
        if (person == null || !sightOf(person).mayRead(event)) {
            return false;
        }
        return person.isStaff()
                || event.groupId() != null && groups.standing(new GroupId(event.groupId()), person).convenes();
    }

    /** Whether this person may organize events at all: staff, or a convener of a working group. */
    public boolean mayOrganize(HarambeeUser person) {
        return person != null && (person.isStaff() || !groups.convenedBy(person).isEmpty());
    }

    /** The event, if this person organizes it; unknown if they may not see it; refused otherwise. */
    Event organized(String slug, HarambeeUser person) {
        Event event = readable(slug, person);
        if (!organizes(event, person)) {
            throw new AccessDeniedException("events.event.notOrganizer");
        }
        return event;
    }

    /** Refused unless this person may organize events. */
    void requireMayOrganize(HarambeeUser person) {
        if (!mayOrganize(person)) {
            throw new AccessDeniedException("events.event.notOrganizer");
        }
    }

    /** The groups an event of this person may be hosted by: any they may know of (staff), or those they convene. */
    public List<GroupSummary> hostsFor(HarambeeUser person) {
        return person.isStaff() ? groups.knownTo(person) : groups.convenedBy(person);
    }

    /** The group hosting the event, as this reader may know it (null: none, or one unknown to them). */
    public GroupSummary host(Event event, HarambeeUser reader) {
        return event.groupId() == null ? null : groups.standing(new GroupId(event.groupId()), reader).group();
    }

    /** The events this reader may see that match the address, with its facets (and month view, if asked for). */
    public EventListing listing(EventQuery query, HarambeeUser reader, Locale locale) {
        Map<Long, String> areas = taxonomy.allIssueAreas().stream()
                .collect(Collectors.toMap(IssueArea::id, area -> area.name(locale)));
        Set<Long> known = taxonomy.activeIssueAreas().stream().map(IssueArea::id).collect(Collectors.toSet());
        EventListing.Words words = new EventListing.Words() {
            @Override
            public String t(String key) {
                return messages.getMessage(key, null, key, locale);
            }

            @Override
            public String issueArea(Long id) {
                return areas.getOrDefault(id, String.valueOf(id));
            }
        };
        return EventListing.of(visibleTo(reader), query, known, words, locale, clock.instant(),
                installation.timeZone());
    }

    /** The event's issue areas, by name: each a link to the events of that area. */
    public List<Option> issueAreasOf(Event event, Locale locale) {
        return taxonomy.issueAreasById(event.issueAreas()).stream()
                .map(area -> new Option(EventQuery.of(new LinkedMultiValueMap<>(Map.of("area",
                        List.of(String.valueOf(area.id()))))).listView(), area.name(locale)))
                .sorted(Comparator.comparing(Option::label)).toList();
    }

    /** The event, if this reader may see it: unknown otherwise (members-only events to visitors). */
    Event readable(String slug, HarambeeUser reader) {
        return events.findBySlug(slug).filter(sightOf(reader)::mayRead)
                .orElseThrow(() -> new UnknownEventException(slug));
    }

    Event existing(String slug) {
        return events.findBySlug(slug).orElseThrow(() -> new UnknownEventException(slug));
    }

    /**
     * This person describes an event, hosted by a group they may host by (a convener must choose their group) and
     * the member organizations they may name.
     */
    @Transactional
    public Event describe(EventForm form, HarambeeUser person) {
        requireHost(form, person);
        return describe(form, hostOrganizations(form, person, Set.of()), person.accountId());
    }

    /** Describes an event as the staff member {@code by} (the demo's seeding), with no co-hosting organization. */
    @Transactional
    public Event describe(EventForm form, UUID by) {
        return describe(form, Set.of(), by);
    }

    private Event describe(EventForm form, Set<Long> hosts, UUID by) {
        requireKnownIssueAreas(form);
        Event event = events.save(new Event(slugOf(form), form, hosts, by, clock.instant()));
        audit.record("events.event.described", "event " + event.slug(), null);
        published.publishEvent(new ItemPublished(Subject.EVENT, event.id(), EventThings.thing(event, Locale.ENGLISH)));
        return event;
    }

    @Transactional
    public void revise(String slug, EventForm form, HarambeeUser person) {
        requireHost(form, person);
        requireKnownIssueAreas(form);
        Event event = organized(slug, person);
        Set<Long> hosts = hostOrganizations(form, person, event.hostOrganizations());
        Set<Long> seen = hostOrganizationsOf(event, person).stream().map(OrganizationView::id)
                .collect(Collectors.toSet());
        event.hostOrganizations().stream().filter(host -> !seen.contains(host)).forEach(hosts::add);
        event.revise(form, hosts,
                (int) registrations.seatsHeld(event.id()), registrations.heldPerTicketType(event.id()),
                registrations.ticketTypesInUse(event.id()));
        audit.record("events.event.changed", "event " + slug, null);
    }

    /**
     * The co-hosting organizations the form names, each one this person may name: staff any they may know, others
     * one they represent or one already hosting the event ({@code hosting}); a line naming none is refused, by its
     * number. (Changing an event keeps the co-hosts hidden from the person changing it: their form could not list
     * them.)
     */
    private Set<Long> hostOrganizations(EventForm form, HarambeeUser person, Set<Long> hosting) {
        Set<Long> represented = organizations.representedBy(person).stream().map(MemberOrganization::id)
                .collect(Collectors.toSet());
        Set<Long> hosts = new LinkedHashSet<>();
        List<String> names = form.hostOrganizationNames();
        for (int line = 0; line < names.size(); line++) {
            String name = names.get(line);
            MemberOrganization named = organizations.named(name, person).filter(organization -> person.isStaff()
                    || represented.contains(organization.id()) || hosting.contains(organization.id())).orElse(null);
            if (named == null) {
                throw new Refusal("hostOrganizations", person.isStaff() ? "events.host.unknownOrganization"
                        : "events.host.notYours", line + 1, name);
            }
            hosts.add(named.id());
        }
        if (hosts.size() > MAX_HOSTS) {
            throw new Refusal("hostOrganizations", "events.host.tooMany", MAX_HOSTS);
        }
        return hosts;
    }

    /** The co-hosting organizations this reader may know of, by name (others are not said). */
    public List<OrganizationView> hostOrganizationsOf(Event event, HarambeeUser reader) {
        return organizations.profiles(event.hostOrganizations().stream().map(OrganizationId::new).toList(), reader)
                .stream().sorted(Comparator.comparing(OrganizationView::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The event as its form, the co-hosts named as this organizer may know them. */
    EventForm formOf(Event event, HarambeeUser organizer) {
        EventForm form = event.asForm();
        form.setHostOrganizations(hostOrganizationsOf(event, organizer).stream().map(OrganizationView::name)
                .collect(Collectors.joining("\n")));
        return form;
    }

    private void requireHost(EventForm form, HarambeeUser person) {
        boolean mayHost = form.getGroupId() == null ? person.isStaff()
                : hostsFor(person).stream().anyMatch(group -> group.id().equals(form.getGroupId()));
        if (!mayHost) {
            throw new Refusal("groupId", person.isStaff() ? "events.event.unknownGroup"
                    : "events.event.groupYouConvene");
        }
    }

    private void requireKnownIssueAreas(EventForm form) {
        if (form.getIssueAreas().stream().anyMatch(id -> id == null || !taxonomy.isActiveIssueArea(id))) {
            throw new Refusal("issueAreas", "events.event.unknownIssueArea");
        }
    }

    private String slugOf(EventForm form) {
        String title = form.getTitleEn() == null || form.getTitleEn().isBlank() ? form.getTitleEs() : form.getTitleEn();
        String base = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        base = base.length() > SLUG_MAX ? base.substring(0, SLUG_MAX).replaceAll("-+$", "") : base;
        base = base.isEmpty() || base.equals("new") ? "event" : base;
        String slug = base;
        for (int n = 2; events.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
