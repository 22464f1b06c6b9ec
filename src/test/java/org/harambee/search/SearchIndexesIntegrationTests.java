package org.harambee.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.harambee.IntegrationTest;
import org.harambee.accountability.Recommendation;
import org.harambee.membership.Organization;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every index is checked one way: one that lost documents, or was written with other fields, is rebuilt. */
@IntegrationTest
class SearchIndexesIntegrationTests {

    @Autowired
    SearchIndexes indexes;

    @Autowired
    EntityManagerFactory entityManagers;

    @Test
    void everyIndexedTypeIsGuarded() throws Exception {
        assertThat(indexes.indexedTypes()).contains(Organization.class, library(), Recommendation.class);
    }

    @Test
    void aLostLibraryIndexIsRebuiltFromTheDatabase() throws Exception {
        Class<?> resources = library();
        indexes.rebuildIfStale(resources).toCompletableFuture().get(60, TimeUnit.SECONDS);
        long before = indexes.indexed(resources);
        Search.mapping(entityManagers).scope(resources).workspace().purge();
        Search.mapping(entityManagers).scope(resources).workspace().refresh();
        assertThat(indexes.indexed(resources)).isZero();

        indexes.rebuildIfStale(resources).toCompletableFuture().get(60, TimeUnit.SECONDS);

        assertThat(indexes.indexed(resources)).isEqualTo(before);
    }

    /** The library's resources, an entity of the library alone. */
    private static Class<?> library() throws ClassNotFoundException {
        return Class.forName("org.harambee.library.Resource");
    }

    @Test
    void anIndexWrittenWithOtherFieldsIsRebuiltAndItsLayoutRecorded() throws Exception {
        indexes.rebuildIfStale(Recommendation.class).toCompletableFuture().get(60, TimeUnit.SECONDS);
        Path layout = indexes.layoutFile(Recommendation.class);
        String current = Files.readString(layout);
        Files.writeString(layout, "written-by-an-older-version");

        indexes.rebuildIfStale(Recommendation.class).toCompletableFuture().get(60, TimeUnit.SECONDS);

        assertThat(Files.readString(layout)).isEqualTo(current).hasSize(16);
    }
}
