package org.harambee.workinggroups;

import java.util.Set;
import java.util.UUID;

/**
 * Who is looking at a group: a visitor (no account), or a signed-in person with the organizations they are an
 * authorized representative of (all of an organization's representatives take part when it does) and the address
 * they sign in with (which invitations are made to).
 */
record Viewer(UUID accountId, String name, boolean member, Set<Long> organizations, String address) {

    static final Viewer VISITOR = new Viewer(null, null, false, Set.of(), null);

    /** Someone no invitation by address was made to. */
    Viewer(UUID accountId, String name, boolean member, Set<Long> organizations) {
        this(accountId, name, member, organizations, null);
    }

    boolean signedIn() {
        return accountId != null;
    }
}
