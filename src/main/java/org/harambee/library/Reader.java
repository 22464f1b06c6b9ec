package org.harambee.library;

import java.util.Set;
import java.util.UUID;
import org.harambee.identity.HarambeeUser;

/**
 * Who is reading the library: a visitor (no account), a member (an account with a role), or staff; and the working
 * groups they take part in, whose resources they may read.
 */
record Reader(UUID accountId, boolean member, boolean staff, Set<Long> groups) {

    static final Reader VISITOR = new Reader(null, false, false, Set.of());
    /** Any member: one who submitted nothing, is not staff and takes part in no working group. */
    static final Reader ANY_MEMBER = new Reader(null, true, false, Set.of());

    /** A reader taking part in no working group. */
    Reader(UUID accountId, boolean member, boolean staff) {
        this(accountId, member, staff, Set.of());
    }

    static Reader of(HarambeeUser user, Set<Long> groups) {
        if (user == null) {
            return VISITOR;
        }
        return new Reader(user.accountId(), !user.roles().isEmpty(), user.isStaff(), Set.copyOf(groups));
    }
}
