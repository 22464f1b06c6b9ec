package org.harambee.events;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the demo network asks of events: whether any exists, and describing one as staff would. */
@Component
@NamedInterface(name = "seeding", propagate = false)
public class EventSeeding {

    private final Events events;
    private final EventOffice office;

    EventSeeding(Events events, EventOffice office) {
        this.events = events;
        this.office = office;
    }

    public boolean hasEvents() {
        return events.count() > 0;
    }

    /** Describes the event as staff would; answers its address name. */
    @Transactional
    public String describe(EventForm form, UUID by) {
        return office.describe(form, by).slug();
    }
}
