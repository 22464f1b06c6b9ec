package org.harambee.library;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * A curated collection of resources (a "Human Rights Cities starter kit"), in the order staff chose. It holds
 * resource ids only: each reader sees the resources of it they may see, in that order.
 */
@Entity
@Table(name = "resource_collection")
class ResourceCollection {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_RESOURCES = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String description;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "resource_collection_item", joinColumns = @JoinColumn(name = "collection_id"))
    @OrderColumn(name = "item_order")
    @Column(name = "resource_id")
    private List<Long> resources = new ArrayList<>();

    protected ResourceCollection() {
    }

    ResourceCollection(String title, String description) {
        describe(title, description);
    }

    /** Sets the title and description (already validated by the form: not blank, within the limits). */
    void describe(String title, String description) {
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    /** Adds the resource at the end; a resource already in the collection stays where it is. */
    void add(Long resourceId) {
        if (resources.contains(resourceId)) {
            return;
        }
        if (resources.size() >= MAX_RESOURCES) {
            throw new CollectionFullException();
        }
        resources.add(resourceId);
    }

    void remove(Long resourceId) {
        resources.remove(resourceId);
    }

    /** Moves the resource one place towards the start ({@code steps} = -1) or the end (+1); at an end, nothing. */
    void move(Long resourceId, int steps) {
        int from = resources.indexOf(resourceId);
        int to = from + Integer.signum(steps);
        if (from < 0 || to < 0 || to >= resources.size()) {
            return;
        }
        resources.set(from, resources.get(to));
        resources.set(to, resourceId);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The resource ids, in the collection's order. */
    public List<Long> resources() {
        return List.copyOf(resources);
    }

    public boolean holds(Long resourceId) {
        return resources.contains(resourceId);
    }
}
