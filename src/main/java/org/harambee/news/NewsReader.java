package org.harambee.news;

import java.util.UUID;
import org.harambee.identity.HarambeeUser;

/** Who reads the news: a visitor, a member (an account with a role), or staff; and their account. */
record NewsReader(UUID accountId, boolean member, boolean staff) {

    static final NewsReader VISITOR = new NewsReader(null, false, false);

    static NewsReader of(HarambeeUser user) {
        return user == null ? VISITOR : new NewsReader(user.accountId(), !user.roles().isEmpty(), user.isStaff());
    }
}
