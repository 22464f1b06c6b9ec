package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.TimeUnit;
import org.harambee.IntegrationTest;
import org.harambee.identity.Invitations;
import org.harambee.taxonomy.Taxonomy;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class OrganizationIndexIntegrationTests {

    @Autowired
    OrganizationIndex index;

    @Autowired
    Organizations organizations;

    @Autowired
    EntityManagerFactory entityManagers;

    @Autowired
    MemberRegistry registry;

    @Autowired
    Invitations invitations;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aLostSearchIndexIsRebuiltFromTheDatabase() throws Exception {
        new MembershipFixtures(registry, invitations, accounts, organizations, taxonomy, transactions).organization(MembershipFixtures.unique("Index rebuild"), MembershipStatus.ACTIVE, false);
        Search.mapping(entityManagers).scope(Organization.class).workspace().purge();
        Search.mapping(entityManagers).scope(Organization.class).workspace().refresh();
        assertThat(indexed()).isZero();

        index.rebuildIfEmpty().toCompletableFuture().get(60, TimeUnit.SECONDS);

        assertThat(indexed()).isEqualTo(organizations.count()).isPositive();
    }

    private long indexed() {
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            return Search.session(entityManager).search(Organization.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }
}
