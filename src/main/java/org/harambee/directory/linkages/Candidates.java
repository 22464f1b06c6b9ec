package org.harambee.directory.linkages;

import static org.harambee.membership.IndexedOrganization.COUNTRY;
import static org.harambee.membership.IndexedOrganization.GRASSROOTS;
import static org.harambee.membership.IndexedOrganization.ISSUE_AREAS;
import static org.harambee.membership.IndexedOrganization.LANGUAGES;
import static org.harambee.membership.IndexedOrganization.LED_BY_DIRECTLY_AFFECTED;
import static org.harambee.membership.IndexedOrganization.NAME;
import static org.harambee.membership.IndexedOrganization.NEEDS;
import static org.harambee.membership.IndexedOrganization.OFFERS;
import static org.harambee.membership.IndexedOrganization.RIGHTS;
import static org.harambee.membership.IndexedOrganization.SLUG;
import static org.harambee.membership.IndexedOrganization.STATE;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.harambee.membership.IndexedOrganization;
import org.harambee.membership.Capacity;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Finds the few hundred organizations worth comparing with one organization, straight from the search index and
 * as {@link Profile}s (index projections, no entity loaded), so that suggestions stay fast with 100,000
 * organizations. The index ranks them roughly by the same weights as {@link Suggestion}; the exact score, which
 * the index cannot express (a cross-issue bonus depends on sharing no issue area), is computed on this short list.
 */
@Component
class Candidates {

    /** How many organizations each index query hands over to be scored. */
    static final int POOL = 250;

    private final EntityManager entityManager;

    Candidates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Possible partners of the seed: those sharing rights, issue areas, a state or a border, or offering what it
     * needs, plus, in a query of their own so that they are never crowded out, those sharing rights from other
     * issue areas.
     */
    List<Profile> partnersFor(Profile seed, Places places, Scope scope) {
        Set<String> nearby = new TreeSet<>(places.neighboursOf(seed.stateCode()));
        if (seed.stateCode() != null) {
            nearby.add(seed.stateCode());
        }
        Map<Long, Profile> found = new LinkedHashMap<>();
        boolean anything = !seed.rights().isEmpty() || !seed.issueAreas().isEmpty() || !nearby.isEmpty()
                || !seed.needs().isEmpty();
        if (anything) {
            search(scope, f -> f.bool(b -> {
                seed.rights().forEach(right -> b.should(f.match().field(RIGHTS).matching(right).constantScore()
                        .boost(Suggestion.SHARED_RIGHT)));
                seed.issueAreas().forEach(area -> b.should(f.match().field(ISSUE_AREAS).matching(area)
                        .constantScore().boost(Suggestion.SHARED_ISSUE_AREA)));
                if (!nearby.isEmpty()) {
                    b.should(f.terms().field(STATE).matchingAny(nearby).constantScore()
                            .boost(Suggestion.NEIGHBOURING_STATE));
                }
                seed.needs().forEach(need -> b.should(f.match().field(OFFERS).matching(need).constantScore()
                        .boost(Suggestion.OFFER_FOR_NEED)));
            }), POOL).forEach(p -> found.putIfAbsent(p.id(), p));
        }
        if (!seed.rights().isEmpty() && !seed.issueAreas().isEmpty()) {
            search(scope, f -> f.bool(b -> {
                b.mustNot(f.terms().field(ISSUE_AREAS).matchingAny(seed.issueAreas()));
                seed.rights().forEach(right -> b.should(f.match().field(RIGHTS).matching(right).constantScore()
                        .boost(Suggestion.SHARED_RIGHT + Suggestion.CROSS_ISSUE_RIGHT)));
                b.minimumShouldMatchNumber(1);
            }), POOL).forEach(p -> found.putIfAbsent(p.id(), p));
        }
        return List.copyOf(found.values());
    }

    /** The {@code limit} organizations sharing most rights and issue areas with the seed (each shared item counts one). */
    List<Profile> alike(Profile seed, Scope scope, int limit) {
        if (seed.rights().isEmpty() && seed.issueAreas().isEmpty()) {
            return List.of();
        }
        return search(scope, f -> f.bool(b -> {
            seed.rights().forEach(right -> b.should(f.match().field(RIGHTS).matching(right).constantScore()));
            seed.issueAreas().forEach(area -> b.should(f.match().field(ISSUE_AREAS).matching(area).constantScore()));
        }), limit);
    }

    /** Profiles of these organizations, in scope, in the order given (for the organizations of one page). */
    List<Profile> profiles(List<Long> ids, Scope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Profile> byId = new LinkedHashMap<>();
        search(scope, f -> f.id().matchingAny(ids), ids.size()).forEach(p -> byId.put(p.id(), p));
        return ids.stream().map(byId::get).filter(p -> p != null).toList();
    }

    private List<Profile> search(Scope scope, Function<SearchPredicateFactory, PredicateFinalStep> match, int limit) {
        return IndexedOrganization.search(Search.session(entityManager))
                .select(Candidates::profile)
                .where(f -> f.bool().must(scope.filter(f)).must(match.apply(f)))
                .fetchHits(limit);
    }

    /** The fields of a {@link Profile}, in the order {@link Profile#ofProjection} reads them. */
    static ProjectionFinalStep<Profile> profile(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(f.id(Long.class), f.field(SLUG, String.class), f.field(NAME, String.class),
                f.field(RIGHTS, Integer.class).set(), f.field(ISSUE_AREAS, Long.class).set(),
                f.field(STATE, String.class), f.field(COUNTRY, String.class),
                f.field(GRASSROOTS, Boolean.class), f.field(LED_BY_DIRECTLY_AFFECTED, Boolean.class),
                f.field(LANGUAGES, String.class).set(), f.field(OFFERS, Capacity.class).set(),
                f.field(NEEDS, Capacity.class).set()).asArray(Profile::ofProjection);
    }
}
