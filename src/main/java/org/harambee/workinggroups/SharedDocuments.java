package org.harambee.workinggroups;

import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.springframework.modulith.NamedInterface;

/**
 * Documents shared with one group, as another capability (the library) keeps them: the group's page lists them for
 * its participants. The library depends on the groups, so it offers them through this port rather than the other
 * way round.
 */
@NamedInterface(name = "api", propagate = false)
public interface SharedDocuments {

    /** The latest documents shared with the group that this person may read, newest first. */
    List<SharedDocument> sharedWith(GroupId group, HarambeeUser user, int limit);

    /** Where this person shares a document with a group; null when they may not. */
    String shareAddress(HarambeeUser user);

    /** A document's title and address. */
    @NamedInterface(name = "api", propagate = false)
    record SharedDocument(String title, String href) {
    }
}
