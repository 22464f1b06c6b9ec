package org.harambee.news;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.identity.HarambeeUser;
import org.harambee.news.NewsQuery.Facet;
import org.harambee.search.Columns.Column;
import org.harambee.search.Columns;
import org.harambee.search.FacetDescriptor;
import org.harambee.search.FacetedSearch;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the published news through the one faceted search, with the library's English and Spanish analysis:
 * words in the titles and texts (every word must appear; quotes keep phrases), kind and year as alternatives counted
 * sideways, issue areas and rights narrowing. Only what the reader may read is found or counted: visitors the public
 * items, members every published one. Without words the newest come first.
 */
@Service
@Transactional(readOnly = true)
public class NewsSearch {

    static final int PAGE_SIZE = 20;
    static final int MAX_RESULT = FacetedSearch.MAX_RESULT;

    private static final Columns COLUMNS = new Columns();
    private static final Column<Long> ID = COLUMNS.id(Long.class);

    private final EntityManager entityManager;
    private final Taxonomy taxonomy;
    private final NewsItems items;

    NewsSearch(EntityManager entityManager, Taxonomy taxonomy, NewsItems items) {
        this.entityManager = entityManager;
        this.taxonomy = taxonomy;
        this.items = items;
    }

    private FacetedSearch<Facet> facets() {
        Map<Long, String> slugs = taxonomy.allIssueAreas().stream()
                .collect(Collectors.toMap(IssueArea::id, IssueArea::slug));
        Map<String, Long> ids = slugs.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        return new FacetedSearch<>(Facet.class, Facet::param, List.of(
                FacetDescriptor.oneOf(Facet.KIND, "kind", NewsKind.class,
                        name -> FacetDescriptor.named(NewsKind.class, name)),
                FacetDescriptor.allOf(Facet.ISSUE, "issueAreas", Long.class, slug -> Optional.ofNullable(ids.get(slug)))
                        .labelled(id -> Optional.ofNullable(slugs.get((Long) id))),
                FacetDescriptor.allOf(Facet.RIGHT, "rights", Integer.class,
                        article -> FacetDescriptor.number(article, 1, 30)),
                FacetDescriptor.oneOf(Facet.YEAR, "year", Integer.class, year -> FacetDescriptor.number(year, 0, 9999)))
                .stream().map(facet -> facet.countingAtMost(200)).toList());
    }

    /** A page of what this reader may read that the query asks for, with the facets counted. */
    NewsResults search(NewsQuery query, HarambeeUser user) {
        return search(query, NewsReader.of(user), PAGE_SIZE, true);
    }

    /** The newest public items the query's facets choose, for a feed (its words and page are not read). */
    List<NewsItem> newestPublic(NewsQuery query, int size) {
        return search(new NewsQuery("", query.chosen(), 0), NewsReader.VISITOR, size, false).items();
    }

    private NewsResults search(NewsQuery query, NewsReader reader, int size, boolean counted) {
        FacetedSearch<Facet> facets = facets();
        FacetedSearch.Chosen<Facet> chosen = facets.chosen(query::values);
        SearchSession session = Search.session(entityManager);
        FacetedSearch.Found<Facet> found = facets.search(session, session.scope(NewsItem.class),
                new FacetedSearch.Request<>(chosen, conditions(reader, query.q()),
                        query.q().isEmpty() ? f -> f.field("publishedAt").desc()
                                : f -> f.composite().add(f.score()).add(f.field("publishedAt").desc()),
                        COLUMNS, null, query.page(), size, counted));
        List<Long> ids = found.rows().stream().map(row -> row.get(ID)).toList();
        Map<Long, NewsItem> loaded = items.findAllById(ids).stream()
                .collect(Collectors.toMap(NewsItem::id, Function.identity()));
        List<NewsItem> page = ids.stream().map(loaded::get).filter(item -> item != null && item.visibleTo(reader))
                .toList();
        return new NewsResults(new NewsQuery(query.q(), chosen.kept(query.chosen()), query.page()), page,
                found.total(), size, found.counts(), chosen.ignored());
    }

    /** What this reader may read (published; public unless they are a member) and the words. */
    private static Function<SearchPredicateFactory, PredicateFinalStep> conditions(NewsReader reader, String q) {
        return f -> {
            BooleanPredicateClausesStep<?, ?> all = f.bool().must(q.isEmpty() ? f.matchAll() : text(f, q))
                    .filter(f.match().field("status").matching(NewsStatus.PUBLISHED));
            if (!reader.member()) {
                all.filter(f.match().field("visibility").matching(NewsVisibility.PUBLIC));
            }
            return all;
        };
    }

    private static PredicateFinalStep text(SearchPredicateFactory f, String q) {
        Optional<String> typed = FacetedSearch.plainText(q);
        if (typed.isEmpty()) {
            return f.matchAll();
        }
        return f.simpleQueryString().field("title").boost(3f).field("title_es").boost(3f).fields("body", "body_es")
                .matching(typed.get()).defaultOperator(BooleanOperator.AND)
                .flags(SimpleQueryFlag.PHRASE, SimpleQueryFlag.WHITESPACE);
    }
}
