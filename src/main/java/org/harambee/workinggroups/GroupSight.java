package org.harambee.workinggroups;

import java.util.List;
import java.util.Set;

/**
 * A group's page as one person sees it: the group, whether they take part or convene it, their own entries
 * (theirs and their organizations'), whether they may join themselves, and which of the organizations they
 * represent may join.
 */
record GroupSight(GroupView group, boolean participant, boolean convener, List<ParticipantView> own,
        boolean mayJoinAsSelf, Set<Long> joinableOrganizations) {
}
