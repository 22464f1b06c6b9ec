package org.harambee.accountability;

import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.accountability.RecommendationQuery.Facet;
import org.harambee.search.FacetedSearch;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Searches the index of recommendations: words in the text (English analysis, every word must appear, quotes keep
 * phrases) and the chosen facet values. Facets with one value per recommendation (state under review,
 * recommending state, regional group, session, cycle, response, action) are alternatives counted sideways, as if
 * their own choice were not made (a link adds its value to those chosen); issue tags, issue areas and rights narrow,
 * counted within the results (a link gives that many). Recommendations are public, so everyone sees the same.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationSearch {

    static final int PAGE_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_RESULT = 10_000;
    static final String MARK = "<mark>";
    static final String END_MARK = "</mark>";

    static final Map<Facet, String> FIELDS = Map.of(Facet.STATE, "stateUnderReview", Facet.FROM,
            "recommendingState", Facet.REGION, "region", Facet.SESSION, "session", Facet.CYCLE, "cycle",
            Facet.RESPONSE, "response", Facet.ACTION, "action", Facet.ISSUE, "issues", Facet.AREA, "issueAreas",
            Facet.RIGHT, "rights");
    private static final Set<Facet> ALTERNATIVES = java.util.Arrays.stream(Facet.values())
            .filter(Facet::alternative).collect(Collectors.toUnmodifiableSet());

    private final EntityManager entityManager;
    private final Taxonomy taxonomy;

    RecommendationSearch(EntityManager entityManager, Taxonomy taxonomy) {
        this.entityManager = entityManager;
        this.taxonomy = taxonomy;
    }

    public RecommendationResults search(RecommendationQuery query) {
        return search(query, PAGE_SIZE);
    }

    RecommendationResults search(RecommendationQuery query, int size) {
        Map<Long, String> slugs = taxonomy.allIssueAreas().stream()
                .collect(Collectors.toMap(IssueArea::id, IssueArea::slug));
        Criteria criteria = new Criteria(query, slugs.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey)));
        SearchSession session = Search.session(entityManager);
        Map<Facet, AggregationKey<? extends Map<?, Long>>> keys = new EnumMap<>(Facet.class);
        SearchQueryOptionsStep<?, ?, List<?>, ?, ?, ?> main = session.search(Recommendation.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field("session", Integer.class),
                        f.field("cycle", Integer.class), f.field("stateUnderReview", String.class),
                        f.field("recommendingState", String.class), f.field("response", Response.class),
                        f.field("action", Integer.class), f.field("issues", String.class).multi(),
                        f.highlight("text"), f.field("text", String.class)).asList())
                .where(f -> criteria.predicate(f, null))
                .highlighter(h -> h.plain().encoder(HighlighterEncoder.HTML).tag(MARK, END_MARK)
                        .numberOfFragments(1).fragmentSize(Recommendation.TEXT_MAX));
        for (Facet facet : Facet.values()) {
            if (!ALTERNATIVES.contains(facet) || criteria.free(facet)) {
                keys.put(facet, aggregate(main, facet));
            }
        }
        main = query.q().isEmpty()
                ? main.sort(f -> f.composite().add(f.field("session").desc()).add(f.field("order")))
                : main.sort(f -> f.composite().add(f.score()).add(f.field("session").desc()).add(f.field("order")));
        int offset = Math.min(query.page() * size, MAX_RESULT);
        SearchResult<List<?>> result = main.fetch(offset, Math.max(0, Math.min(size, MAX_RESULT - offset)));
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        keys.forEach((facet, key) -> counts.put(facet, FacetedSearch.byAddressValue(result.aggregation(key), facet == Facet.AREA, slugs)));
        for (Facet facet : Facet.values()) {
            if (ALTERNATIVES.contains(facet) && !criteria.free(facet)) {
                SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> sideways = session.search(Recommendation.class)
                        .where(f -> criteria.predicate(f, facet));
                AggregationKey<? extends Map<?, Long>> key = aggregate(sideways, facet);
                counts.put(facet, FacetedSearch.byAddressValue(sideways.fetch(0).aggregation(key),
                        facet == Facet.AREA, slugs));
            }
        }
        List<RecommendationResults.Hit> hits = result.hits().stream().map(RecommendationSearch::hit).toList();
        return new RecommendationResults(new RecommendationQuery(query.q(), criteria.chosen.kept(query.chosen()),
                query.page()), hits, result.total().hitCountLowerBound(), size, counts,
                criteria.chosen.ignored());
    }

    /** The recommendations with these ids, with their tags, issue areas and rights read. */
    Map<Long, Recommendation> recommendations(List<Long> ids) {
        Map<Long, Recommendation> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        entityManager.createQuery("select r from Recommendation r where r.id in :ids", Recommendation.class)
                .setParameter("ids", ids).getResultList().forEach(r -> {
                    r.issues();
                    r.issueAreas();
                    r.rights();
                    found.put(r.id(), r);
                });
        return found;
    }

    @SuppressWarnings("unchecked")
    private static RecommendationResults.Hit hit(List<?> row) {
        List<String> fragments = (List<String>) row.get(8);
        return new RecommendationResults.Hit((Long) row.get(0), (Integer) row.get(1), (Integer) row.get(2),
                (String) row.get(3), (String) row.get(4), (Response) row.get(5), (Integer) row.get(6),
                ((List<String>) row.get(7)).stream().sorted().toList(),
                fragments == null || fragments.isEmpty() ? HtmlUtils.htmlEscape((String) row.get(9))
                        : String.join(" … ", fragments));
    }

    private static AggregationKey<? extends Map<?, Long>> aggregate(SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> search,
            Facet facet) {
        Class<?> type = switch (facet) {
            case SESSION, CYCLE, ACTION, RIGHT -> Integer.class;
            case AREA -> Long.class;
            case RESPONSE -> Response.class;
            case STATE, FROM, REGION, ISSUE -> String.class;
        };
        return FacetedSearch.counted(search, facet, FIELDS.get(facet), type, 400);
    }

    /** The value of a facet as the index holds it, if {@code value} names one ({@code areas}: slug to id). */
    static Optional<?> known(Facet facet, String value, Map<String, Long> areas) {
        return switch (facet) {
            case STATE, FROM, REGION, ISSUE -> Optional.of(value);
            case SESSION -> number(value, 1, UprFile.SESSION_MAX);
            case CYCLE -> number(value, 1, 99);
            case ACTION -> number(value, 1, 5);
            case RIGHT -> number(value, 1, 30);
            case RESPONSE -> java.util.Arrays.stream(Response.values())
                    .filter(response -> response.name().equalsIgnoreCase(value)).findFirst();
            case AREA -> Optional.ofNullable(areas.get(value.toLowerCase(Locale.ROOT)));
        };
    }

    private static Optional<Integer> number(String text, int least, int most) {
        if (!text.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(text);
        return number >= least && number <= most ? Optional.of(number) : Optional.empty();
    }

    /** The query's conditions in the index's terms; a value that names nothing is left out (and said on the page). */
    private static final class Criteria {

        private final RecommendationQuery query;
        private final FacetedSearch.Chosen<Facet> chosen;

        Criteria(RecommendationQuery query, Map<String, Long> areas) {
            this.query = query;
            this.chosen = FacetedSearch.Chosen.of(Facet.class, Facet::param, query::values,
                    (facet, value) -> known(facet, value, areas));
        }

        boolean free(Facet facet) {
            return chosen.free(facet);
        }

        PredicateFinalStep predicate(SearchPredicateFactory f, Facet leftOut) {
            BooleanPredicateClausesStep<?, ?> all = f.bool().must(f.matchAll());
            Optional<String> typed = FacetedSearch.plainText(query.q());
            typed.ifPresent(plain -> all.must(f.simpleQueryString().field("text").matching(plain)
                    .defaultOperator(BooleanOperator.AND).flags(SimpleQueryFlag.PHRASE, SimpleQueryFlag.WHITESPACE)));
            FacetedSearch.filter(all, f, chosen, leftOut, FIELDS, ALTERNATIVES);
            return all;
        }
    }
}
