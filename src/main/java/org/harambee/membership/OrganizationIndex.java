package org.harambee.membership;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The search index is derived data: when it is empty but the database has organizations (a new
 * node, a lost or deleted index folder, a database restored from backup), it is rebuilt in the
 * background from the database.
 */
@Component
class OrganizationIndex {

    private static final Logger log = LoggerFactory.getLogger(OrganizationIndex.class);

    private final EntityManagerFactory entityManagers;
    private final Organizations organizations;
    private final boolean rebuildAtStart;

    OrganizationIndex(EntityManagerFactory entityManagers, Organizations organizations,
            @Value("${harambee.search.rebuild-empty-index:true}") boolean rebuildAtStart) {
        this.entityManagers = entityManagers;
        this.organizations = organizations;
        this.rebuildAtStart = rebuildAtStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (rebuildAtStart) {
            rebuildIfEmpty();
        }
    }

    /** Starts rebuilding the index when it is empty but the database is not; completes when done. */
    CompletionStage<?> rebuildIfEmpty() {
        long stored = organizations.count();
        long indexed;
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            indexed = Search.session(entityManager).search(Organization.class).where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
        if (stored > 0 && indexed == 0) {
            log.info("The search index holds no organizations but the database has {}: rebuilding it", stored);
            return Search.mapping(entityManagers).scope(Organization.class).massIndexer().threadsToLoadObjects(1)
                    .start().whenComplete((done, failure) -> {
                        if (failure == null) {
                            log.info("Search index rebuilt: {} organizations", stored);
                        } else {
                            log.error("Rebuilding the search index failed", failure);
                        }
                    });
        }
        return CompletableFuture.completedFuture(null);
    }
}
