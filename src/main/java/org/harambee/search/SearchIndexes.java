package org.harambee.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Every search index is derived data, checked the same way for every indexed type: at start, an index that does
 * not hold as many documents as the database has rows (a new node, a lost or deleted index folder, a database
 * restored from backup, rows written by the command line into another data folder), or that was written with
 * other fields than this version's mapping declares (its layout, a fingerprint of the index's fields kept in a
 * file next to the index), is rebuilt in the background. Searches meanwhile find what the index holds.
 * {@code java -jar harambee.jar reindex} rebuilds them all at once.
 */
@Component
@NamedInterface(name = "api", propagate = false)
public class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    private final EntityManagerFactory entityManagers;
    private final boolean checkAtStart;
    private final Path folder;

    SearchIndexes(EntityManagerFactory entityManagers,
            @Value("${harambee.search.rebuild-empty-index:true}") boolean checkAtStart,
            @Value("${harambee.data-dir}") Path dataDir) {
        this.entityManagers = entityManagers;
        this.checkAtStart = checkAtStart;
        this.folder = dataDir.resolve("index");
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (checkAtStart) {
            indexedTypes().forEach(this::rebuildIfStale);
        }
    }

    /** The entity types that have an index. */
    public List<Class<?>> indexedTypes() {
        return Search.mapping(entityManagers).allIndexedEntities().stream()
                .<Class<?>>map(SearchIndexedEntity::javaClass).sorted(Comparator.comparing(Class::getName)).toList();
    }

    /**
     * Starts rebuilding the index of {@code type} when it does not hold every row or was written in another
     * layout; completes when done (at once when the index is whole).
     */
    public CompletionStage<?> rebuildIfStale(Class<?> type) {
        long stored = stored(type);
        long indexed = indexed(type);
        String layout = layout(type);
        String onDisk = layoutOnDisk(type);
        if (stored == indexed && (layout.equals(onDisk) || stored == 0)) {
            writeLayout(type, layout);
            return CompletableFuture.completedFuture(null);
        }
        log.info("The {} index holds {} documents in {} layout but the database has {}: rebuilding it", name(type),
                indexed, layout.equals(onDisk) ? "this version's" : "another", stored);
        return rebuild(type);
    }

    /** Rebuilds the index of {@code type} from the database, whatever it holds; completes when done. */
    public CompletionStage<?> rebuild(Class<?> type) {
        return rebuild(type, false);
    }

    /**
     * Drops the index of {@code type}, creates it with this version's mapping and fills it from the database (the
     * {@code reindex} command: after a mapping change, or when moving an installation to a search cluster).
     */
    public CompletionStage<?> recreate(Class<?> type) {
        return rebuild(type, true);
    }

    private CompletionStage<?> rebuild(Class<?> type, boolean anew) {
        return Search.mapping(entityManagers).scope(type).massIndexer().threadsToLoadObjects(1).purgeAllOnStart(!anew)
                .dropAndCreateSchemaOnStart(anew).start().whenComplete((done, failure) -> {
                    if (failure == null) {
                        writeLayout(type, layout(type));
                        log.info("The {} index is rebuilt: {} documents", name(type), indexed(type));
                    } else {
                        log.error("Rebuilding the {} index failed", name(type), failure);
                    }
                });
    }

    /** How many documents the index of {@code type} holds. */
    public long indexed(Class<?> type) {
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            return Search.session(entityManager).search(type).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    /** How many rows of {@code type} the database has. */
    public long stored(Class<?> type) {
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            var query = entityManager.getCriteriaBuilder().createQuery(Long.class);
            query.select(entityManager.getCriteriaBuilder().count(query.from(type)));
            return entityManager.createQuery(query).getSingleResult();
        }
    }

    private String name(Class<?> type) {
        return Search.mapping(entityManagers).indexedEntity(type).indexManager().descriptor().hibernateSearchName();
    }

    /** A fingerprint of the index's fields: names, value types and what each can do. */
    private String layout(Class<?> type) {
        IndexDescriptor index = Search.mapping(entityManagers).indexedEntity(type).indexManager().descriptor();
        List<String> fields = new ArrayList<>();
        for (var field : index.staticFields()) {
            if (field.isValueField()) {
                IndexValueFieldDescriptor value = field.toValueField();
                var kind = value.type();
                fields.add(field.absolutePath() + ":" + kind.valueClass().getName() + ":" + kind.searchable() + ":"
                        + kind.sortable() + ":" + kind.projectable() + ":" + kind.aggregable() + ":"
                        + kind.analyzerName().orElse("") + ":" + kind.normalizerName().orElse("") + ":"
                        + value.multiValued());
            }
        }
        fields.sort(null);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", fields).getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Where the fingerprint of the index of {@code type} is kept. */
    Path layoutFile(Class<?> type) {
        return folder.resolve(name(type) + ".layout");
    }

    private String layoutOnDisk(Class<?> type) {
        Path file = layoutFile(type);
        try {
            return Files.exists(file) ? Files.readString(file).strip() : "none";
        } catch (IOException unreadable) {
            return "unreadable";
        }
    }

    private void writeLayout(Class<?> type, String layout) {
        try {
            Files.createDirectories(folder);
            Files.writeString(layoutFile(type), layout);
        } catch (IOException unwritable) {
            log.warn("Could not record the layout of the {} index in {}", name(type), folder, unwritable);
        }
    }
}
