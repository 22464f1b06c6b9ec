package org.harambee.events;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.harambee.identity.HarambeeUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the demo network asks of events: whether any exists, describing one as staff would, registering people. */
@Component
@NamedInterface(name = "seeding", propagate = false)
public class EventSeeding {

    private final Events events;
    private final EventOffice office;
    private final Registrar registrar;

    EventSeeding(Events events, EventOffice office, Registrar registrar) {
        this.events = events;
        this.office = office;
        this.registrar = registrar;
    }

    public boolean hasEvents() {
        return events.count() > 0;
    }

    /** Describes the event as staff would; answers its address name. */
    @Transactional
    public String describe(EventForm form, UUID by) {
        return office.describe(form, by).slug();
    }

    /** The address name of the event with this English title, if there is one. */
    @Transactional(readOnly = true)
    public Optional<String> slugTitled(String titleEn) {
        return events.findAll().stream().filter(event -> titleEn.equals(event.title(Locale.ENGLISH)))
                .map(Event::slug).findFirst();
    }

    /** Registers this person as they would on the event's page, in English. */
    public void register(String slug, RegistrationForm form, HarambeeUser person) {
        registrar.register(slug, form, person, Locale.ENGLISH);
    }
}
