package org.harambee.workinggroups;

import java.util.Set;
import java.util.UUID;

/**
 * Who is looking at a group: a visitor (no account), or a signed-in person with the organizations they are an
 * authorized representative of (all of an organization's representatives take part when it does).
 */
record Viewer(UUID accountId, String name, boolean member, Set<Long> organizations) {

    static final Viewer VISITOR = new Viewer(null, null, false, Set.of());

    boolean signedIn() {
        return accountId != null;
    }
}
