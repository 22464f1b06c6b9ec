package org.harambee.library;

import java.util.Set;
import org.harambee.identity.HarambeeUser;
import org.harambee.workinggroups.GroupRoster;
import org.harambee.workinggroups.GroupId;
import org.springframework.stereotype.Component;

/**
 * The reader a signed-in person (or a visitor) is, with the working groups they take part in and, for staff (who
 * otherwise read everything), the private groups they may not know of.
 */
@Component
class LibraryReaders {

    private final GroupRoster groups;

    LibraryReaders(GroupRoster groups) {
        this.groups = groups;
    }

    Reader of(HarambeeUser user) {
        return user == null ? Reader.VISITOR : Reader.of(user, groups.groupIdsOf(user),
                user.isStaff() ? groups.privateGroupIdsHiddenFrom(user) : Set.of());
    }

    /** Whether a resource shared with this group needs no review by staff, who may not know of it: a private one. */
    boolean reviewedByNobodyOutside(Long groupId) {
        return groupId != null && groups.isPrivate(new GroupId(groupId));
    }
}
