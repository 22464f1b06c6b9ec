package org.harambee.site;

import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * The working groups whose own matters a reader may not see: private groups they do not take part in (staff
 * included), and members' groups for readers who are not members. Capabilities that keep records about groups
 * without depending on the working groups (the outbox, the audit log) ask it, and show such a record only as
 * "a private group". Implemented by the working groups.
 */
public interface ClosedGroups {

    /** The ids of the groups closed to this reader (null: a visitor). */
    Set<Long> closedTo(Authentication reader);
}
