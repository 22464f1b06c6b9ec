package org.harambee.library;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.harambee.site.AtomFeed;
import org.harambee.site.Installation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The Atom feed of newly published public resources: only what a visitor may see, newest first. */
@Component
@Transactional(readOnly = true)
class LibraryFeed {

    static final int ENTRIES = 50;

    private final Resources resources;
    private final String baseUrl;
    private final String networkName;
    private final Clock clock;

    LibraryFeed(Resources resources, Installation installation, Clock clock) {
        this.resources = resources;
        this.baseUrl = installation.address();
        this.networkName = installation.networkName();
        this.clock = clock;
    }

    /** The feed as Atom XML, with {@code title} as the feed's title (in the reader's language). */
    String atom(String title) {
        List<Resource> published = resources.findTop50ByStatusAndVisibilityOrderByReviewedAtDesc(
                ResourceStatus.PUBLISHED, ResourceVisibility.PUBLIC);
        Instant updated = published.isEmpty() ? clock.instant() : published.get(0).reviewedAt();
        AtomFeed feed = new AtomFeed(title, baseUrl + "/library", baseUrl + "/library/feed.atom", networkName,
                updated);
        for (Resource resource : published) {
            feed.entry(resource.title(), baseUrl + "/library/" + resource.id(), resource.reviewedAt(),
                    resource.summary(), null, List.of());
        }
        return feed.toString();
    }
}
