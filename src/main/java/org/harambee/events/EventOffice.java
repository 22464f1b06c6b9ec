package org.harambee.events;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.Installation;
import org.harambee.site.Option;
import org.harambee.site.Refusal;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Events as staff describe them and readers find them: the list a reader may see, one event (members-only events
 * are unknown to visitors), describing and changing one.
 */
@Service
@Transactional(readOnly = true)
public class EventOffice {

    private static final int SLUG_MAX = 60;

    private final Events events;
    private final Registrations registrations;
    private final Taxonomy taxonomy;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;
    private final Installation installation;

    EventOffice(Events events, Registrations registrations, Taxonomy taxonomy, AuditLog audit, Clock clock,
            MessageSource messages, Installation installation) {
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
        return events.findAllByOrderByStartsAtAsc().stream().filter(event -> mayRead(event, reader)).toList();
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
        return events.findBySlug(slug).filter(event -> mayRead(event, reader))
                .orElseThrow(() -> new UnknownEventException(slug));
    }

    Event existing(String slug) {
        return events.findBySlug(slug).orElseThrow(() -> new UnknownEventException(slug));
    }

    static boolean mayRead(Event event, HarambeeUser reader) {
        return event.visibility() == EventVisibility.PUBLIC || reader != null;
    }

    @Transactional
    public Event describe(EventForm form, UUID by) {
        requireKnownIssueAreas(form);
        Event event = events.save(new Event(slugOf(form), form, by, clock.instant()));
        audit.record("events.event.described", "event " + event.slug(), null);
        return event;
    }

    @Transactional
    public void revise(String slug, EventForm form) {
        requireKnownIssueAreas(form);
        Event event = existing(slug);
        event.revise(form, (int) registrations.seatsHeld(event.id()));
        audit.record("events.event.changed", "event " + slug, null);
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
