package org.harambee.workinggroups;

import java.util.List;
import java.util.Set;
import org.harambee.identity.HarambeeUser;
import org.springframework.modulith.NamedInterface;

/**
 * What other capabilities may ask of working groups: what a person is to a group, which groups they take part in or
 * convene, and which groups are private (so that what is shared with a group stays inside it).
 */
@NamedInterface(name = "api", propagate = false)
public interface GroupRoster {

    /** What this person is to the group: whether they may know of it, take part in it, convene it. */
    GroupStanding standing(GroupId group, HarambeeUser user);

    /** The ids of the groups this person takes part in (what they may read that is shared with a group only). */
    Set<Long> groupIdsOf(HarambeeUser user);

    /**
     * The private groups in which this person has no entry: what they may not know of, staff included (decision
     * 30), so what is shared with those groups stays out of everything they read.
     */
    Set<Long> privateGroupIdsHiddenFrom(HarambeeUser user);

    /** Whether the group is private (asked of a group the caller knows this person takes part in). */
    boolean isPrivate(GroupId group);

    /** The groups this person takes part in, by name (to share something with one of them). */
    List<GroupSummary> groupsOf(HarambeeUser user);

    /** Every group this person may know of, by name (to host something by one of them). */
    List<GroupSummary> knownTo(HarambeeUser user);

    /** The groups this person convenes, by name. */
    List<GroupSummary> convenedBy(HarambeeUser user);
}
