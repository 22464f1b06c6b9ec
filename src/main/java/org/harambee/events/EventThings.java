package org.harambee.events;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.ItemKind;
import org.harambee.related.NewThing;
import org.harambee.related.NewThings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The events described since a moment, still to come and not cancelled, that a reader may see, for the digests. */
@Component
@Transactional(readOnly = true)
class EventThings implements NewThings {

    private final Events events;
    private final EventOffice office;
    private final Clock clock;

    EventThings(Events events, EventOffice office, Clock clock) {
        this.events = events;
        this.office = office;
        this.clock = clock;
    }

    @Override
    public List<NewThing> since(Instant since, HarambeeUser reader, Locale locale) {
        Instant now = clock.instant();
        EventOffice.Sight sight = office.sightOf(reader);
        return events.findByCreatedAtAfter(since).stream()
                .filter(event -> !event.cancelled() && event.endsAt().isAfter(now) && sight.mayRead(event))
                .map(event -> thing(event, locale)).toList();
    }

    /** The event as what people follow see it. */
    static NewThing thing(Event event, Locale locale) {
        return new NewThing(ItemKind.EVENT, event.title(locale), "/events/" + event.slug(), event.createdAt(),
                event.startsAt().atZone(event.zone()).toLocalDate(), event.issueAreas(), Set.of(),
                event.groupId() == null ? Set.of() : Set.of(event.groupId()), event.hostOrganizations());
    }
}
