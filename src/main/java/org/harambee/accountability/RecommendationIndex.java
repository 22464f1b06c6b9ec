package org.harambee.accountability;

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
 * Keeps the recommendation index whole: at start, when it does not hold as many recommendations as the database
 * (recommendations imported from the command line into another node's data directory, or an index lost), it is
 * rebuilt in the background. Searches meanwhile find what the index holds.
 */
@Component
class RecommendationIndex {

    private static final Logger log = LoggerFactory.getLogger(RecommendationIndex.class);

    private final EntityManagerFactory entityManagers;
    private final Recommendations recommendations;
    private final boolean rebuildAtStart;

    RecommendationIndex(EntityManagerFactory entityManagers, Recommendations recommendations,
            @Value("${harambee.search.rebuild-empty-index:true}") boolean rebuildAtStart) {
        this.entityManagers = entityManagers;
        this.recommendations = recommendations;
        this.rebuildAtStart = rebuildAtStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (rebuildAtStart) {
            rebuildIfIncomplete();
        }
    }

    CompletionStage<?> rebuildIfIncomplete() {
        long stored = recommendations.count();
        long indexed;
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            indexed = Search.session(entityManager).search(Recommendation.class).where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
        if (stored == indexed) {
            return CompletableFuture.completedFuture(null);
        }
        log.info("The recommendation index holds {} recommendations but the database has {}: rebuilding it",
                indexed, stored);
        return Search.mapping(entityManagers).scope(Recommendation.class).massIndexer().threadsToLoadObjects(1)
                .purgeAllOnStart(true).start().whenComplete((done, failure) -> {
                    if (failure == null) {
                        log.info("Recommendation index rebuilt: {} recommendations", stored);
                    } else {
                        log.error("Rebuilding the recommendation index failed", failure);
                    }
                });
    }
}
