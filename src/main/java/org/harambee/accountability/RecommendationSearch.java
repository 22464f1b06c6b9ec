package org.harambee.accountability;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.accountability.RecommendationQuery.Facet;
import org.harambee.search.Columns;
import org.harambee.search.Columns.Column;
import org.harambee.search.FacetDescriptor;
import org.harambee.search.FacetedSearch;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Searches the index of recommendations through the one faceted search: words in the text (English analysis, every
 * word must appear, quotes keep phrases) and the chosen facet values. Facets with one value per recommendation
 * (state under review, recommending state, regional group, session, cycle, response, action) are alternatives
 * counted sideways, as if their own choice were not made (a link adds its value to those chosen); issue tags, issue
 * areas and rights narrow, counted within the results (a link gives that many). Recommendations are public, so
 * everyone sees the same.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationSearch {

    static final int PAGE_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_RESULT = FacetedSearch.MAX_RESULT;
    static final String MARK = "<mark>";
    static final String END_MARK = "</mark>";

    private static final Columns COLUMNS = new Columns();
    private static final Column<Long> ID = COLUMNS.id(Long.class);
    private static final Column<Integer> SESSION = COLUMNS.field("session", Integer.class);
    private static final Column<Integer> CYCLE = COLUMNS.field("cycle", Integer.class);
    private static final Column<String> UNDER_REVIEW = COLUMNS.field("stateUnderReview", String.class);
    private static final Column<String> RECOMMENDING = COLUMNS.field("recommendingState", String.class);
    private static final Column<Response> RESPONSE = COLUMNS.field("response", Response.class);
    private static final Column<Integer> ACTION = COLUMNS.field("action", Integer.class);
    private static final Column<List<String>> ISSUES = COLUMNS.list("issues", String.class);
    private static final Column<List<String>> MARKED = COLUMNS.highlight("text");
    private static final Column<String> TEXT = COLUMNS.field("text", String.class);

    private final EntityManager entityManager;
    private final Taxonomy taxonomy;

    RecommendationSearch(EntityManager entityManager, Taxonomy taxonomy) {
        this.entityManager = entityManager;
        this.taxonomy = taxonomy;
    }

    /** The tracker's facets ({@code areas}: issue area slug to id). */
    static FacetedSearch<Facet> facets(Map<String, Long> areas) {
        Map<Long, String> slugs = areas.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        return new FacetedSearch<>(Facet.class, Facet::param, List.of(
                FacetDescriptor.oneOf(Facet.STATE, "stateUnderReview", String.class, Optional::of),
                FacetDescriptor.oneOf(Facet.FROM, "recommendingState", String.class, Optional::of),
                FacetDescriptor.oneOf(Facet.REGION, "region", String.class, Optional::of),
                FacetDescriptor.oneOf(Facet.SESSION, "session", Integer.class,
                        value -> FacetDescriptor.number(value, 1, UprFile.SESSION_MAX)),
                FacetDescriptor.oneOf(Facet.CYCLE, "cycle", Integer.class,
                        value -> FacetDescriptor.number(value, 1, 99)),
                FacetDescriptor.oneOf(Facet.RESPONSE, "response", Response.class,
                        value -> FacetDescriptor.named(Response.class, value)),
                FacetDescriptor.oneOf(Facet.ACTION, "action", Integer.class,
                        value -> FacetDescriptor.number(value, 1, 5)),
                FacetDescriptor.allOf(Facet.ISSUE, "issues", String.class, Optional::of),
                FacetDescriptor.allOf(Facet.AREA, "issueAreas", Long.class,
                        slug -> Optional.ofNullable(areas.get(slug.toLowerCase(Locale.ROOT))))
                        .labelled(id -> Optional.ofNullable(slugs.get((Long) id))),
                FacetDescriptor.allOf(Facet.RIGHT, "rights", Integer.class,
                        value -> FacetDescriptor.number(value, 1, 30)))
                .stream().map(facet -> facet.countingAtMost(400)).toList());
    }

    /** Issue area slugs to ids. */
    Map<String, Long> areas() {
        return taxonomy.allIssueAreas().stream().collect(Collectors.toMap(IssueArea::slug, IssueArea::id));
    }

    public RecommendationResults search(RecommendationQuery query) {
        return search(query, PAGE_SIZE);
    }

    RecommendationResults search(RecommendationQuery query, int size) {
        FacetedSearch<Facet> facets = facets(areas());
        FacetedSearch.Chosen<Facet> chosen = facets.chosen(query::values);
        SearchSession session = Search.session(entityManager);
        SearchScope<?> scope = session.scope(Recommendation.class);
        FacetedSearch.Found<Facet> found = facets.search(session, scope, new FacetedSearch.Request<>(chosen,
                words(query.q()),
                query.q().isEmpty()
                        ? f -> f.composite().add(f.field("session").desc()).add(f.field("order"))
                        : f -> f.composite().add(f.score()).add(f.field("session").desc()).add(f.field("order")),
                COLUMNS, h -> h.plain().encoder(HighlighterEncoder.HTML).tag(MARK, END_MARK)
                        .numberOfFragments(1).fragmentSize(Recommendation.TEXT_MAX),
                query.page(), size, true));
        List<RecommendationResults.Hit> hits = found.rows().stream().map(RecommendationSearch::hit).toList();
        return new RecommendationResults(new RecommendationQuery(query.q(), chosen.kept(query.chosen()),
                query.page()), hits, found.total(), size, found.counts(), chosen.ignored());
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

    private static RecommendationResults.Hit hit(Columns.Row row) {
        List<String> fragments = row.get(MARKED);
        return new RecommendationResults.Hit(row.get(ID), row.get(SESSION), row.get(CYCLE), row.get(UNDER_REVIEW),
                row.get(RECOMMENDING), row.get(RESPONSE), row.get(ACTION), row.get(ISSUES).stream().sorted().toList(),
                fragments == null || fragments.isEmpty() ? HtmlUtils.htmlEscape(row.get(TEXT))
                        : String.join(" … ", fragments));
    }

    /** Every word in the text (English analysis); quotes keep phrases. */
    private static Function<SearchPredicateFactory, PredicateFinalStep> words(String q) {
        return f -> FacetedSearch.plainText(q).<PredicateFinalStep>map(plain -> f.simpleQueryString().field("text")
                .matching(plain).defaultOperator(BooleanOperator.AND)
                .flags(SimpleQueryFlag.PHRASE, SimpleQueryFlag.WHITESPACE)).orElseGet(f::matchAll);
    }
}
