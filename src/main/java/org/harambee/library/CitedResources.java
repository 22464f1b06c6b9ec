package org.harambee.library;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.harambee.identity.HarambeeUser;
import org.springframework.modulith.NamedInterface;

/**
 * What other capabilities may ask of the library about the resources they cite (the tracker's evidence): which
 * titles a reader may see, and which resources a whole audience may see.
 */
@NamedInterface(name = "api", propagate = false)
public interface CitedResources {

    /**
     * The titles of those of these resources this person may see, by id. Ids of resources they may not see (or that
     * no longer exist) are left out: asking never fails, so a page can name what its reader may see and leave out
     * the rest.
     */
    Map<Long, String> titlesSeenBy(Collection<Long> ids, HarambeeUser user);

    /**
     * Of these resources, those every reader of an audience may see, whoever submitted them: everyone (published
     * and public), or, with {@code members}, every member (published, public or for members; not those of one
     * working group). What cites them can then be as visible as they are.
     */
    Set<Long> seenByEvery(Collection<Long> ids, boolean members);
}
