package org.harambee.directory;

import org.harambee.identity.HarambeeUser;
import org.harambee.membership.OrganizationAccess;

/**
 * Who is looking, and so which organizations the directory shows and counts: visitors see active
 * organizations listed in the public directory; members see every active organization; staff see every
 * organization in any status.
 */
public enum Audience {
    VISITOR, MEMBER, STAFF;

    public static Audience of(HarambeeUser user) {
        if (OrganizationAccess.seesPublicListingsOnly(user)) {
            return VISITOR;
        }
        return user.isStaff() ? STAFF : MEMBER;
    }
}
