package org.harambee.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.IntegrationTest;
import org.harambee.accountability.RecommendationQuery.Facet;
import org.harambee.search.SearchIndexes;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Every facet count equals the count found by brute force over the database: for each facet, the recommendations
 * matching the words and every other chosen facet (sideways for one-value facets, within the results for the
 * others), counted value by value, as the link of each count would give them.
 */
@IntegrationTest
class RecommendationFacetsIntegrationTests {

    @Autowired
    UprImporter importer;
    @Autowired
    SearchIndexes index;
    @Autowired
    RecommendationSearch search;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Taxonomy taxonomy;

    @BeforeEach
    void theRealRecommendations() {
        UprFiles.imported(importer, index, UprFiles.all());
    }

    @Test
    void countsOfTheDefaultViewOfTheCountryEqualBruteForce() {
        compare(params());
    }

    @Test
    void countsUnderWordsAndTwoFacetsOverEveryStateEqualBruteForce() {
        compare(params("state", "", "q", "women violence", "region", "WEOG", "response", "ACCEPTED"));
        compare(params("state", "", "q", "torture", "issue", "Detention", "cycle", "1"));
    }

    @Test
    void countsWithSeveralValuesOfOneFacetAndNarrowingFacetsEqualBruteForce() {
        compare(params("state", "Mexico", "state", "Canada", "issue", "Migrants", "area", "immigration"));
        compare(params("state", "United States", "right", "25", "action", "5", "action", "4"));
        compare(params("state", "", "session", "9", "from", "Cuba", "issue", "Justice", "issue", "Detention"));
    }

    @Test
    void aValueThatNamesNothingIsLeftOutAndSaid() {
        RecommendationResults results = search.search(RecommendationQuery.of(params("response", "MAYBE"), "United States"),
                RecommendationSearch.PAGE_SIZE);
        assertThat(results.total()).isEqualTo(search.search(RecommendationQuery.of(params("q", ""), "United States"),
                RecommendationSearch.PAGE_SIZE).total());
        assertThat(results.ignored()).containsExactly("response=MAYBE");
        assertThat(results.counts().get(Facet.RESPONSE)).isNotEmpty();
    }

    private void compare(MultiValueMap<String, String> params) {
        RecommendationQuery query = RecommendationQuery.of(params, "United States");
        RecommendationResults results = search.search(query, RecommendationSearch.PAGE_SIZE);
        Set<Long> byWords = query.q().isEmpty() ? null : wordMatches(query.q());
        Map<String, Long> areaIds = taxonomy.allIssueAreas().stream()
                .collect(Collectors.toMap(IssueArea::slug, IssueArea::id));
        Map<Long, String> areaSlugs = taxonomy.allIssueAreas().stream()
                .collect(Collectors.toMap(IssueArea::id, IssueArea::slug));
        List<Row> rows = rows();
        long total = rows.stream().filter(row -> (byWords == null || byWords.contains(row.id))
                && matchesAll(row, query, null, areaIds)).count();
        assertThat(results.total()).as("total of %s", params).isEqualTo(total);
        for (Facet facet : Facet.values()) {
            Facet leftOut = facet.alternative() && !query.values(facet).isEmpty() ? facet : null;
            Map<String, Long> expected = new HashMap<>();
            rows.stream().filter(row -> (byWords == null || byWords.contains(row.id))
                    && matchesAll(row, query, leftOut, areaIds))
                    .forEach(row -> row.values(facet, areaSlugs).forEach(value -> expected.merge(value, 1L, Long::sum)));
            assertThat(results.counts().get(facet)).as("%s counts of %s", facet, params)
                    .containsExactlyInAnyOrderEntriesOf(expected);
        }
    }

    private static boolean matchesAll(Row row, RecommendationQuery query, Facet leftOut, Map<String, Long> areaIds) {
        for (Facet facet : Facet.values()) {
            List<String> chosen = query.values(facet);
            if (facet == leftOut || chosen.isEmpty()) {
                continue;
            }
            Set<String> has = row.values(facet, areaIds.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey)));
            boolean ok = facet.alternative() ? chosen.stream().anyMatch(has::contains) : has.containsAll(chosen);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The ids the words find: the text search alone, over every state (what the words match is the index's). */
    private Set<Long> wordMatches(String q) {
        Set<Long> ids = new HashSet<>();
        MultiValueMap<String, String> words = params("state", "", "q", q);
        for (int page = 0; ; page++) {
            words.set("page", String.valueOf(page));
            RecommendationResults found = search.search(RecommendationQuery.of(words, "United States"),
                    RecommendationSearch.MAX_SIZE);
            found.hits().forEach(hit -> ids.add(hit.id()));
            if (found.hits().size() < RecommendationSearch.MAX_SIZE) {
                return ids;
            }
        }
    }

    /** Every recommendation in the database, with its facet values. */
    private List<Row> rows() {
        return transaction.execute(status -> {
            Map<Long, Row> rows = new HashMap<>();
            entityManager.createQuery("select r.id, r.stateUnderReview, r.recommendingState, r.recommendingRegion, "
                    + "r.session, r.response, r.action from Recommendation r", Object[].class).getResultList()
                    .forEach(r -> rows.put((Long) r[0], new Row((Long) r[0], (String) r[1], (String) r[2],
                            (String) r[3], (Integer) r[4], (Response) r[5], (Integer) r[6])));
            collect("select r.id, i from Recommendation r join r.issues i", rows, row -> row.issues);
            collect("select r.id, a from Recommendation r join r.issueAreas a", rows, row -> row.areas);
            collect("select r.id, a from Recommendation r join r.rights a", rows, row -> row.rights);
            return new ArrayList<>(rows.values());
        });
    }

    private void collect(String jpql, Map<Long, Row> rows, Function<Row, Set<String>> into) {
        entityManager.createQuery(jpql, Object[].class).getResultList()
                .forEach(pair -> into.apply(rows.get((Long) pair[0])).add(String.valueOf(pair[1])));
    }

    private static MultiValueMap<String, String> params(String... pairs) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.add(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    /** A recommendation's facet values as strings, as the index counts them. */
    private static final class Row {

        final Long id;
        final Map<Facet, String> single = new EnumMap<>(Facet.class);
        final Set<String> issues = new HashSet<>();
        final Set<String> areas = new HashSet<>();
        final Set<String> rights = new HashSet<>();

        Row(Long id, String state, String from, String region, int session, Response response, Integer action) {
            this.id = id;
            single.put(Facet.STATE, state);
            single.put(Facet.FROM, from);
            single.put(Facet.REGION, region);
            single.put(Facet.SESSION, String.valueOf(session));
            single.put(Facet.CYCLE, String.valueOf(Recommendation.cycleOf(session)));
            single.put(Facet.RESPONSE, response == null ? null : response.name());
            single.put(Facet.ACTION, action == null ? null : String.valueOf(action));
        }

        /** Its values of a facet ({@code slugs}: issue area ids to slugs, for the area facet). */
        Set<String> values(Facet facet, Map<Long, String> slugs) {
            return switch (facet) {
                case ISSUE -> issues;
                case AREA -> areas.stream().map(id -> slugs.get(Long.valueOf(id))).collect(Collectors.toSet());
                case RIGHT -> rights;
                default -> single.get(facet) == null ? Set.of() : Set.of(single.get(facet));
            };
        }
    }
}
