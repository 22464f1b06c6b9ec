package org.harambee.library;

import java.util.UUID;
import org.harambee.identity.HarambeeUser;

/** Who is reading the library: a visitor (no account), a member (an account with a role), or staff. */
record Reader(UUID accountId, boolean member, boolean staff) {

    static final Reader VISITOR = new Reader(null, false, false);

    static Reader of(HarambeeUser user) {
        if (user == null) {
            return VISITOR;
        }
        return new Reader(user.accountId(), !user.roles().isEmpty(), user.isStaff());
    }
}
