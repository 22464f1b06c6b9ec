package org.harambee.events;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/** The language an event is held in: English, Spanish, or both (with interpretation between them). */
@NamedInterface(name = "seeding", propagate = false)
public enum EventLanguage {
    EN(Set.of("en")), ES(Set.of("es")), EN_ES(Set.of("en", "es"));

    private final Set<String> spoken;

    EventLanguage(Set<String> spoken) {
        this.spoken = spoken;
    }

    /** Whether someone who speaks this language (a code such as {@code es}) can follow it. */
    public boolean spoken(String code) {
        return spoken.contains(code);
    }
}
