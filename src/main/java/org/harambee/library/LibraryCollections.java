package org.harambee.library;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Curated collections: staff create, describe, fill, order and delete them; everyone reads them, each seeing only
 * the resources of a collection they may see, in the collection's order.
 */
@Service
@Transactional
@NamedInterface(name = "seeding", propagate = false)
public class LibraryCollections {

    private final ResourceCollections collections;
    private final Resources resources;
    private final AuditLog auditLog;
    private final LibraryReaders readers;

    LibraryCollections(ResourceCollections collections, Resources resources, AuditLog auditLog,
            LibraryReaders readers) {
        this.readers = readers;
        this.collections = collections;
        this.resources = resources;
        this.auditLog = auditLog;
    }

    /** Every collection, by title. */
    @Transactional(readOnly = true)
    public List<CollectionListing> all() {
        return collections.findAllByOrderByTitleAsc().stream().map(CollectionListing::of).toList();
    }

    /** The collections holding this resource, by title. */
    @Transactional(readOnly = true)
    List<CollectionListing> holding(Long resourceId) {
        return collections.findHolding(resourceId).stream().map(CollectionListing::of).toList();
    }

    @Transactional(readOnly = true)
    CollectionListing find(Long id) {
        return CollectionListing.of(collections.findById(id).orElseThrow(UnknownResourceException::new));
    }

    /** The collection's resources this person may see, in the collection's order. */
    @Transactional(readOnly = true)
    List<ResourceListing> visibleResources(CollectionListing collection, HarambeeUser user) {
        Reader reader = readers.of(user);
        Map<Long, ResourceListing> found = resources.findAllById(collection.resources()).stream()
                .filter(resource -> resource.visibleTo(reader))
                .collect(Collectors.toMap(Resource::id, ResourceListing::of));
        return collection.resources().stream().map(found::get).filter(resource -> resource != null).toList();
    }

    /**
     * Staff create a collection with these existing resources in this order (none from the form; the demo's
     * starter kits come filled).
     */
    public CollectionListing create(String title, String description, List<Long> resourceIds) {
        ResourceCollection collection = new ResourceCollection(title, description);
        resourceIds.forEach(collection::add);
        collections.save(collection);
        auditLog.record("library.collection.created", "collection " + collection.id(), collection.title());
        return CollectionListing.of(collection);
    }

    void describe(Long id, String title, String description) {
        ResourceCollection collection = collections.findById(id).orElseThrow(UnknownResourceException::new);
        collection.describe(title, description);
        auditLog.record("library.collection.changed", "collection " + id, collection.title());
    }

    /** Adds a resource (staff see every resource, so any existing id) at the end of the collection. */
    void add(Long id, Long resourceId) {
        ResourceCollection collection = collections.findById(id).orElseThrow(UnknownResourceException::new);
        if (!resources.existsById(resourceId)) {
            throw new UnknownResourceException();
        }
        collection.add(resourceId);
        auditLog.record("library.collection.changed", "collection " + id, "+ resource " + resourceId);
    }

    void remove(Long id, Long resourceId) {
        ResourceCollection collection = collections.findById(id).orElseThrow(UnknownResourceException::new);
        collection.remove(resourceId);
        auditLog.record("library.collection.changed", "collection " + id, "- resource " + resourceId);
    }

    void move(Long id, Long resourceId, int steps) {
        collections.findById(id).orElseThrow(UnknownResourceException::new).move(resourceId, steps);
    }

    void delete(Long id) {
        ResourceCollection collection = collections.findById(id).orElseThrow(UnknownResourceException::new);
        collections.delete(collection);
        auditLog.record("library.collection.deleted", "collection " + id, collection.title());
    }
}
