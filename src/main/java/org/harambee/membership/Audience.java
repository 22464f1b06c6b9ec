package org.harambee.membership;

import org.harambee.identity.HarambeeUser;
import org.springframework.modulith.NamedInterface;

/**
 * Who is looking, and so which organizations they may know of: visitors see active organizations listed in the
 * public directory; members see every active organization; staff see every organization in any status. The same
 * rule in the search index's terms is {@link IndexedOrganization#visibleTo}.
 */
@NamedInterface(name = "api", propagate = false)
public enum Audience {
    VISITOR, MEMBER, STAFF;

    public static Audience of(HarambeeUser user) {
        if (OrganizationAccess.seesPublicListingsOnly(user)) {
            return VISITOR;
        }
        return user.isStaff() ? STAFF : MEMBER;
    }
}
