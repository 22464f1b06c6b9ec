package org.harambee.membership;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.harambee.site.Installation;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The search index is derived data: when it is empty but the database has organizations (a new
 * node, a lost or deleted index folder, a database restored from backup), or when it was written
 * by a version of Harambee that indexed organizations differently, it is rebuilt in the background
 * from the database. The version of the index's layout is kept in a file next to the index.
 */
@Component
class OrganizationIndex {

    private static final Logger log = LoggerFactory.getLogger(OrganizationIndex.class);

    /** Raise this whenever the organization's index mapping changes, so existing indexes are rebuilt. */
    static final String LAYOUT = "4";

    private final EntityManagerFactory entityManagers;
    private final Organizations organizations;
    private final boolean rebuildAtStart;
    private final Path layoutFile;

    OrganizationIndex(EntityManagerFactory entityManagers, Organizations organizations,
            @Value("${harambee.search.rebuild-empty-index:true}") boolean rebuildAtStart,
            Installation installation) {
        this.entityManagers = entityManagers;
        this.organizations = organizations;
        this.rebuildAtStart = rebuildAtStart;
        this.layoutFile = installation.dataDir().resolve("index").resolve("organization.layout");
    }

    /** A database without organizations starts a new index, written in this version's layout. */
    @EventListener(ContextRefreshedEvent.class)
    void atRefresh() {
        if (organizations.count() == 0) {
            writeLayout();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (rebuildAtStart) {
            rebuildIfEmpty();
        }
    }

    /**
     * Starts rebuilding the index when it is empty but the database is not, or when its layout is older
     * than this version's; completes when done.
     */
    CompletionStage<?> rebuildIfEmpty() {
        long stored = organizations.count();
        long indexed;
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            indexed = Search.session(entityManager).search(Organization.class).where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
        boolean outdated = !LAYOUT.equals(layoutOnDisk());
        if (stored > 0 && (indexed == 0 || outdated)) {
            log.info("The search index holds {} organizations in layout {} but the database has {}: rebuilding it",
                    indexed, outdated ? layoutOnDisk() : LAYOUT, stored);
            return Search.mapping(entityManagers).scope(Organization.class).massIndexer().threadsToLoadObjects(1)
                    .purgeAllOnStart(true).start().whenComplete((done, failure) -> {
                        if (failure == null) {
                            writeLayout();
                            log.info("Search index rebuilt: {} organizations", stored);
                        } else {
                            log.error("Rebuilding the search index failed", failure);
                        }
                    });
        }
        writeLayout();
        return CompletableFuture.completedFuture(null);
    }

    private String layoutOnDisk() {
        try {
            return Files.exists(layoutFile) ? Files.readString(layoutFile).strip() : "1";
        } catch (IOException unreadable) {
            return "unknown";
        }
    }

    private void writeLayout() {
        try {
            Files.createDirectories(layoutFile.getParent());
            Files.writeString(layoutFile, LAYOUT);
        } catch (IOException unwritable) {
            log.warn("Could not record the search index layout in {}", layoutFile, unwritable);
        }
    }
}
