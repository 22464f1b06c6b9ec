package org.harambee.workinggroups;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** A discussion as the group's page lists it, and as starting one answers. */
@NamedInterface(name = "seeding", propagate = false)
public record ThreadListing(Long id, String title, boolean readableOutside, boolean pinned, boolean locked,
        Instant lastPostAt, int postCount) {

    static ThreadListing of(Discussion thread) {
        return new ThreadListing(thread.id(), thread.title(), thread.readableOutside(), thread.pinned(),
                thread.locked(), thread.lastPostAt(), thread.postCount());
    }
}
