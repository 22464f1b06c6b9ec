package org.harambee.library;

import org.harambee.identity.HarambeeUser;
import org.harambee.workinggroups.WorkingGroups;
import org.springframework.stereotype.Component;

/** The reader a signed-in person (or a visitor) is, with the working groups they take part in. */
@Component
class LibraryReaders {

    private final WorkingGroups groups;

    LibraryReaders(WorkingGroups groups) {
        this.groups = groups;
    }

    Reader of(HarambeeUser user) {
        return user == null ? Reader.VISITOR : Reader.of(user, groups.groupIdsOf(user));
    }
}
