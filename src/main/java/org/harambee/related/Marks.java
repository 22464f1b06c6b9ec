package org.harambee.related;

import org.harambee.identity.HarambeeUser;
import org.springframework.modulith.NamedInterface;

/**
 * What a person has marked (the organizations and groups they follow, the items they saved), which pages show as
 * the state of their Follow and Save buttons. Implemented by the capability keeping people's marks.
 */
@NamedInterface(name = "api", propagate = false)
public interface Marks {

    /** Whether this person follows the page (an organization or a working group). */
    boolean follows(Subject subject, long id, HarambeeUser person);

    /** Whether this person saved the page (an event, resource, statement, recommendation or news item). */
    boolean saved(Subject subject, long id, HarambeeUser person);
}
