package org.harambee.library;

import java.time.Instant;
import java.time.LocalDate;

/** A resource as lists show it: the review queue, what a person submitted, a collection. */
public record ResourceListing(Long id, String title, String summary, ResourceType type, ResourceStatus status,
        ResourceVisibility visibility, LocalDate publishedOn, Instant submittedAt, String declineReason, int files) {

    static ResourceListing of(Resource resource) {
        return new ResourceListing(resource.id(), resource.title(), resource.summary(), resource.type(),
                resource.status(), resource.visibility(), resource.publishedOn(), resource.submittedAt(),
                resource.declineReason(), resource.files().size());
    }
}
