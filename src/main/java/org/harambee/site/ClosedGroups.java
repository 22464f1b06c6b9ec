package org.harambee.site;

import java.util.Set;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;

/**
 * What a reader may see of the working groups, for capabilities that keep records about groups without depending on
 * them (the outbox, the audit log), so that they apply the groups' own rules. A group is closed to a reader who may
 * not see into it at all: a private group they do not take part in (staff and administrators included), a members'
 * group for a reader who is not a member. A group's participants-only matters (discussions not opened to readers
 * outside, tasks, meetings, draft statements) are for those taking part. Implemented by the working groups.
 */
@NamedInterface(name = "api", propagate = false)
public interface ClosedGroups {

    /** The ids of the groups closed to this reader (null: a visitor). */
    Set<Long> closedTo(Authentication reader);

    /** The ids of the groups this reader takes part in. */
    Set<Long> takenPartInBy(Authentication reader);
}
