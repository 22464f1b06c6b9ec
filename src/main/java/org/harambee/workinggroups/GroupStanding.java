package org.harambee.workinggroups;

import org.springframework.modulith.NamedInterface;

/**
 * What one person is to one group, read in one look-up for other capabilities: the group as they may know it
 * ({@code null} when it is unknown or hidden from them), whether they take part, and whether they convene it.
 */
@NamedInterface(name = "api", propagate = false)
public record GroupStanding(GroupSummary group, boolean takesPart, boolean convenes) {

    static final GroupStanding NONE = new GroupStanding(null, false, false);

    static GroupStanding of(WorkingGroup group, Viewer viewer) {
        return new GroupStanding(group.knownTo(viewer) ? GroupSummary.of(group) : null, group.takesPart(viewer),
                group.convenedBy(viewer));
    }
}
