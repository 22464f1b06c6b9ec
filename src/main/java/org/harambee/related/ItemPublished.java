package org.harambee.related;

import org.springframework.modulith.NamedInterface;

/**
 * A capability published something people may hear of at once: its page (subject and id) and what it is about.
 * Whoever announces it asks the page again for each person, in their language and by the page's own rules of who
 * may see it, so the event itself carries nothing a person may not know.
 */
@NamedInterface(name = "api", propagate = false)
public record ItemPublished(Subject subject, long id, NewThing thing) {
}
