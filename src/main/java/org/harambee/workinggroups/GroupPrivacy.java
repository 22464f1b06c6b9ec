package org.harambee.workinggroups;

import java.util.Set;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.ClosedGroups;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the outbox and the audit log which groups a reader may not see into (decision 30: staff included), and which
 * they take part in.
 */
@Component
class GroupPrivacy implements ClosedGroups {

    private final Groups groups;
    private final WorkingGroups workingGroups;

    GroupPrivacy(Groups groups, WorkingGroups workingGroups) {
        this.groups = groups;
        this.workingGroups = workingGroups;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> closedTo(Authentication reader) {
        HarambeeUser user = userOf(reader);
        Viewer viewer = workingGroups.viewerOf(user);
        Set<Long> takingPart = workingGroups.groupIdsOf(user);
        return Set.copyOf(groups.closedTo(viewer.member(), takingPart.isEmpty() ? WorkingGroups.NONE : takingPart));
    }

    @Override
    public Set<Long> takenPartInBy(Authentication reader) {
        return workingGroups.groupIdsOf(userOf(reader));
    }

    private static HarambeeUser userOf(Authentication reader) {
        return HarambeeUser.of(reader).orElse(null);
    }
}
