package org.harambee.library;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.ItemKind;
import org.harambee.related.NewThing;
import org.harambee.related.NewThings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The resources published since a moment that a reader may see, for the digests. */
@Component
@Transactional(readOnly = true)
class ResourceThings implements NewThings {

    private final Resources resources;
    private final LibraryReaders readers;

    ResourceThings(Resources resources, LibraryReaders readers) {
        this.resources = resources;
        this.readers = readers;
    }

    @Override
    public List<NewThing> since(Instant since, HarambeeUser reader, Locale locale) {
        Reader sight = readers.of(reader);
        return resources.findByStatusAndReviewedAtAfter(ResourceStatus.PUBLISHED, since).stream()
                .filter(resource -> resource.visibleTo(sight)).map(ResourceThings::thing).toList();
    }

    /** The resource as what people follow see it. */
    static NewThing thing(Resource resource) {
        return new NewThing(ItemKind.RESOURCE, resource.title(), "/library/" + resource.id(), resource.reviewedAt(),
                null, resource.issueAreas(), resource.rights(),
                resource.groupId() == null ? Set.of() : Set.of(resource.groupId()), resource.authorOrganizations());
    }
}
