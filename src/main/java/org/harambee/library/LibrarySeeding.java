package org.harambee.library;

import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * What the demo network does that no member or staff page does: add published resources with their files in one
 * step. Nothing in production calls it. See {@link Library}'s method of the same name.
 */
@Component
@NamedInterface(name = "seeding", propagate = false)
public class LibrarySeeding {

    private final Library library;

    LibrarySeeding(Library library) {
        this.library = library;
    }

    public List<Long> addPublished(List<PublishedDocument> documents, UUID staff) {
        return library.addPublished(documents, staff);
    }

    public boolean isEmpty() {
        return library.isEmpty();
    }

    public void compactSearchIndex() {
        library.compactSearchIndex();
    }
}
