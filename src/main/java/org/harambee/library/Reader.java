package org.harambee.library;

import java.util.Set;
import java.util.UUID;
import org.harambee.identity.HarambeeUser;

/**
 * Who is reading the library: a visitor (no account), a member (an account with a role), or staff; the working
 * groups they take part in, whose resources they may read; and the private groups they may not know of
 * ({@code hiddenGroups}), whose resources nobody outside them reads, staff included.
 */
record Reader(UUID accountId, boolean member, boolean staff, Set<Long> groups, Set<Long> hiddenGroups) {

    static final Reader VISITOR = new Reader(null, false, false, Set.of(), Set.of());
    /** Any member: one who submitted nothing, is not staff and takes part in no working group. */
    static final Reader ANY_MEMBER = new Reader(null, true, false, Set.of(), Set.of());

    /** A reader taking part in no working group, from whom no group is hidden. */
    Reader(UUID accountId, boolean member, boolean staff) {
        this(accountId, member, staff, Set.of(), Set.of());
    }

    /** What this reader may see, as a key: two readers with the same key find the same resources. */
    String sight() {
        return (staff ? "staff" : member ? "member" : "visitor") + groups.stream().sorted().toList()
                + hiddenGroups.stream().sorted().toList();
    }

    static Reader of(HarambeeUser user, Set<Long> groups, Set<Long> hiddenGroups) {
        if (user == null) {
            return VISITOR;
        }
        return new Reader(user.accountId(), !user.roles().isEmpty(), user.isStaff(), Set.copyOf(groups),
                Set.copyOf(hiddenGroups));
    }
}
