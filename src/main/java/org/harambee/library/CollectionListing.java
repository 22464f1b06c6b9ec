package org.harambee.library;

import java.util.List;

/** A curated collection as its pages show it: its resources' ids in the collection's order. */
public record CollectionListing(Long id, String title, String description, List<Long> resources) {

    static CollectionListing of(ResourceCollection collection) {
        return new CollectionListing(collection.id(), collection.title(), collection.description(),
                List.copyOf(collection.resources()));
    }

    /** Whether the collection holds this resource. */
    public boolean holds(Long resourceId) {
        return resources.contains(resourceId);
    }
}
