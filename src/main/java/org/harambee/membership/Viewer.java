package org.harambee.membership;

import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;

/**
 * Who is looking, and so what they may see of an organization: visitors see public details of active,
 * publicly listed organizations; members see members' details of every active organization; staff and the
 * organization's own representatives see everything.
 */
record Viewer(HarambeeUser user) {

    boolean staff() {
        return user != null && user.isStaff();
    }

    boolean member() {
        return user != null && !user.roles().isEmpty();
    }

    boolean representative() {
        return user != null && user.has(Role.REPRESENTATIVE);
    }

    boolean represents(Organization organization) {
        return representative() && organization.isRepresentedBy(user.accountId());
    }

    boolean mayEdit(Organization organization) {
        return staff() || represents(organization);
    }

    /** How far this viewer is cleared for this organization's details. */
    Visibility clearanceFor(Organization organization) {
        if (mayEdit(organization)) {
            return Visibility.STAFF;
        }
        return member() ? Visibility.MEMBERS : Visibility.PUBLIC;
    }

    /** Whether this viewer may know the organization exists at all. */
    boolean maySee(Organization organization) {
        if (mayEdit(organization)) {
            return true;
        }
        return member() ? organization.status() == MembershipStatus.ACTIVE : organization.publiclyVisible();
    }
}
