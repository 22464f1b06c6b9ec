package org.harambee.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.harambee.IntegrationTest;
import org.harambee.accountability.Recommendation;
import org.harambee.library.Resource;
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
    void everyIndexedTypeIsGuarded() {
        assertThat(indexes.indexedTypes()).contains(Organization.class, Resource.class, Recommendation.class);
    }

    @Test
    void aLostLibraryIndexIsRebuiltFromTheDatabase() throws Exception {
        indexes.rebuildIfStale(Resource.class).toCompletableFuture().get(60, TimeUnit.SECONDS);
        long before = indexes.indexed(Resource.class);
        Search.mapping(entityManagers).scope(Resource.class).workspace().purge();
        Search.mapping(entityManagers).scope(Resource.class).workspace().refresh();
        assertThat(indexes.indexed(Resource.class)).isZero();

        indexes.rebuildIfStale(Resource.class).toCompletableFuture().get(60, TimeUnit.SECONDS);

        assertThat(indexes.indexed(Resource.class)).isEqualTo(before);
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
