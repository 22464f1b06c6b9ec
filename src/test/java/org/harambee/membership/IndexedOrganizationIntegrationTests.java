package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.harambee.IntegrationTest;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The contract the directory reads the organization index by: field names, their traits, who sees what. */
@IntegrationTest
class IndexedOrganizationIntegrationTests {

    /** The fields the directory counts values of. */
    private static final Set<String> FACETS = Set.of(IndexedOrganization.TYPE, IndexedOrganization.STATE,
            IndexedOrganization.COUNTRY, IndexedOrganization.ISSUE_AREAS, IndexedOrganization.RIGHTS,
            IndexedOrganization.LANGUAGES, IndexedOrganization.OFFERS, IndexedOrganization.NEEDS,
            IndexedOrganization.GRASSROOTS, IndexedOrganization.LED_BY_DIRECTLY_AFFECTED,
            IndexedOrganization.FOUNDING_MEMBER, IndexedOrganization.STATUS);

    @Autowired
    MembershipFixtures fixtures;

    @Autowired
    EntityManagerFactory entityManagers;

    @Test
    void everyPublishedFieldIsInTheIndexAndEveryFacetCanBeCounted() throws IllegalAccessException {
        IndexDescriptor index = Search.mapping(entityManagers).indexedEntity(Organization.class).indexManager()
                .descriptor();
        List<String> problems = new ArrayList<>();
        List<Field> published = Arrays.stream(IndexedOrganization.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class).toList();
        assertThat(published).hasSizeGreaterThan(20);
        for (Field field : published) {
            String name = (String) field.get(null);
            index.field(name).ifPresentOrElse(found -> {
                IndexValueFieldTypeDescriptor type = found.toValueField().type();
                if (FACETS.contains(name) && !type.aggregable()) {
                    problems.add(name + " cannot be counted");
                }
            }, () -> problems.add(field.getName() + " names " + name + ", which the index does not have"));
        }
        assertThat(index.field(IndexedOrganization.NAME_SORT).orElseThrow().toValueField().type().sortable()).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void visitorsSeeActiveListedOrganizationsMembersEveryActiveOneStaffEveryOne() {
        String mark = MembershipFixtures.unique("Contract");
        Organization listed = fixtures.organization(mark + " listed", MembershipStatus.ACTIVE, true);
        Organization unlisted = fixtures.organization(mark + " unlisted", MembershipStatus.ACTIVE, false);
        Organization lapsed = fixtures.organization(mark + " lapsed", MembershipStatus.LAPSED, true);

        assertThat(seenBy(Audience.VISITOR, mark)).containsExactly(listed.id());
        assertThat(seenBy(Audience.MEMBER, mark)).containsExactlyInAnyOrder(listed.id(), unlisted.id());
        assertThat(seenBy(Audience.STAFF, mark)).containsExactlyInAnyOrder(listed.id(), unlisted.id(), lapsed.id());
    }

    private List<Long> seenBy(Audience audience, String mark) {
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            return IndexedOrganization.search(Search.session(entityManager)).select(f -> f.id(Long.class))
                    .where(f -> f.bool().must(IndexedOrganization.visibleTo(f, audience))
                            .must(f.phrase().field(IndexedOrganization.NAME).matching(mark)))
                    .fetchHits(10);
        }
    }
}
