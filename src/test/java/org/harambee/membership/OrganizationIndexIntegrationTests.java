package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.TimeUnit;
import org.harambee.IntegrationTest;
import org.harambee.search.SearchIndexes;
import org.harambee.taxonomy.Taxonomy;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OrganizationIndexIntegrationTests {

    @Autowired
    MembershipFixtures fixtures;

    @Autowired
    SearchIndexes index;

    @Autowired
    Organizations organizations;

    @Autowired
    EntityManagerFactory entityManagers;

    @Autowired
    Taxonomy taxonomy;

    @Test
    void aLostSearchIndexIsRebuiltFromTheDatabase() throws Exception {
        fixtures.organization(MembershipFixtures.unique("Index rebuild"), MembershipStatus.ACTIVE, false);
        Search.mapping(entityManagers).scope(Organization.class).workspace().purge();
        Search.mapping(entityManagers).scope(Organization.class).workspace().refresh();
        assertThat(indexed()).isZero();

        index.rebuildIfStale(Organization.class).toCompletableFuture().get(60, TimeUnit.SECONDS);

        assertThat(indexed()).isEqualTo(organizations.count()).isPositive();
    }

    private long indexed() {
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            return Search.session(entityManager).search(Organization.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }
}
