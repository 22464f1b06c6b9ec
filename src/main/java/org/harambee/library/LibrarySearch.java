package org.harambee.library;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.identity.HarambeeUser;
import org.harambee.library.LibraryQuery.Facet;
import org.harambee.search.Columns;
import org.harambee.search.Columns.Column;
import org.harambee.search.FacetDescriptor;
import org.harambee.search.FacetedSearch;
import org.harambee.search.RecentCounts;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the library's index through the one faceted search: words in the title, summary and the text inside
 * the files (English and Spanish analysis), the chosen facet values, and what this reader may see. Results,
 * snippets and counts all come from one filtered query (plus one per chosen one-value facet), so nothing a reader
 * may not see is found, quoted or counted. Type and year hold one value per resource, so their values are
 * alternatives counted sideways; issue areas, rights, instruments and languages narrow, counted within the
 * results. Every count is the number of results its link gives. The counts of the whole library (no words, nothing
 * chosen) are kept a few seconds for readers who may see the same resources.
 */
@Service
@Transactional(readOnly = true)
public class LibrarySearch {

    static final int PAGE_SIZE = 20;
    static final int MAX_RESULT = FacetedSearch.MAX_RESULT;
    static final String MARK = "<mark>";
    static final String END_MARK = "</mark>";
    /** A line of extracted text shorter than this, without closing punctuation, is taken for a heading. */
    static final int HEADING_LENGTH = 60;

    private static final Columns COLUMNS = new Columns();
    private static final Column<Long> ID = COLUMNS.id(Long.class);
    private static final Column<String> TITLE = COLUMNS.field("title", String.class);
    private static final Column<String> SUMMARY = COLUMNS.field("summary", String.class);
    private static final Column<ResourceType> TYPE = COLUMNS.field("type", ResourceType.class);
    private static final Column<Integer> YEAR = COLUMNS.field("year", Integer.class);
    private static final Column<ResourceStatus> STATUS = COLUMNS.field("status", ResourceStatus.class);
    private static final Columns SNIPPETED = COLUMNS.extended();
    /** Where a snippet is taken from, in order of preference: the text (English, Spanish analysis), the summary. */
    private static final List<Column<List<String>>> SNIPPETS = List.of(SNIPPETED.highlight("content"),
            SNIPPETED.highlight("content_es"), SNIPPETED.highlight("summary"));

    private final EntityManager entityManager;
    private final Taxonomy taxonomy;
    private final LibraryReaders readers;
    private final RecentCounts<Facet> wholeLibrary;

    LibrarySearch(EntityManager entityManager, Taxonomy taxonomy, LibraryReaders readers, Clock clock,
            @Value("${harambee.search.counts-life}") Duration countsLife) {
        this.readers = readers;
        this.entityManager = entityManager;
        this.taxonomy = taxonomy;
        this.wholeLibrary = new RecentCounts<>(clock, countsLife);
    }

    /** The library's facets, issue areas going by slug. */
    private FacetedSearch<Facet> facets() {
        Map<Long, String> slugs = taxonomy.allIssueAreas().stream()
                .collect(Collectors.toMap(IssueArea::id, IssueArea::slug));
        Map<String, Long> ids = slugs.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        return new FacetedSearch<>(Facet.class, Facet::param, List.of(
                FacetDescriptor.oneOf(Facet.TYPE, "type", ResourceType.class,
                        name -> FacetDescriptor.named(ResourceType.class, name)),
                FacetDescriptor.allOf(Facet.ISSUE, "issueAreas", Long.class, slug -> Optional.ofNullable(ids.get(slug)))
                        .labelled(id -> Optional.ofNullable(slugs.get((Long) id))),
                FacetDescriptor.allOf(Facet.RIGHT, "rights", Integer.class,
                        article -> FacetDescriptor.number(article, 1, 30)),
                FacetDescriptor.allOf(Facet.INSTRUMENT, "instruments", String.class,
                        code -> Optional.of(code).filter(c -> c.matches("[A-Za-z0-9-]{2,20}"))
                                .map(c -> c.toUpperCase(Locale.ROOT))),
                FacetDescriptor.allOf(Facet.LANGUAGE, "languages", String.class,
                        code -> Optional.of(code).filter(c -> c.matches("[a-z]{2,3}"))),
                FacetDescriptor.oneOf(Facet.YEAR, "year", Integer.class, year -> FacetDescriptor.number(year, 0, 9999)))
                .stream().map(facet -> facet.countingAtMost(200)).toList());
    }

    LibraryResults search(LibraryQuery query, HarambeeUser user) {
        Reader reader = readers.of(user);
        FacetedSearch<Facet> facets = facets();
        FacetedSearch.Chosen<Facet> chosen = facets.chosen(query::values);
        SearchSession session = Search.session(entityManager);
        SearchScope<?> scope = session.scope(Resource.class);
        FacetedSearch.Request<Facet> request = new FacetedSearch.Request<>(chosen, conditions(reader, query.q()),
                query.q().isEmpty()
                        ? f -> f.composite().add(f.field("publishedOn").desc().missing().last())
                                .add(f.field("title_sort"))
                        : f -> f.composite().add(f.score()).add(f.field("title_sort")),
                SNIPPETED, h -> h.unified().encoder(HighlighterEncoder.HTML).tag(MARK, END_MARK)
                        .numberOfFragments(2).noMatchSize(0),
                query.page(), PAGE_SIZE, true);
        FacetedSearch.Found<Facet> found = facets.search(session, scope, query.q().isEmpty() && chosen.none()
                ? request.keptIn(wholeLibrary, reader.sight()) : request);
        List<LibraryResults.Hit> hits = found.rows().stream().map(LibrarySearch::snippeted).toList();
        return new LibraryResults(new LibraryQuery(query.q(), chosen.kept(query.chosen()), query.page()),
                hits, found.total(), PAGE_SIZE, found.counts(), chosen.ignored());
    }

    /**
     * Resources like this one, as this reader may see them: the words of its title and summary (any of them, the
     * more the better) in other resources' titles, summaries and text, raised by shared issue areas and
     * instruments. Uses the same visibility filter as the search.
     */
    public List<LibraryResults.Hit> similar(ResourceView resource, HarambeeUser user, int limit) {
        String words = (resource.title() + " " + resource.summary()).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (words.isEmpty()) {
            return List.of();
        }
        Function<SearchPredicateFactory, PredicateFinalStep> visible = conditions(readers.of(user), "");
        SearchSession session = Search.session(entityManager);
        SearchScope<?> scope = session.scope(Resource.class);
        return new FacetedSearch<>(Facet.class, Facet::param, List.of()).search(session, scope,
                new FacetedSearch.Request<>(FacetedSearch.Chosen.<Facet>nothing(), f -> {
                    BooleanPredicateClausesStep<?, ?> like = f.bool().must(visible.apply(f))
                            .mustNot(f.id().matching(resource.id()))
                            .must(f.simpleQueryString().field("title").boost(2f).field("title_es").boost(2f)
                                    .fields("summary", "summary_es", "content", "content_es").matching(words)
                                    .defaultOperator(BooleanOperator.OR).flags(SimpleQueryFlag.WHITESPACE));
                    resource.issueAreas().forEach(area -> like.should(f.match().field("issueAreas").matching(area)));
                    resource.instruments().forEach(code -> like.should(f.match().field("instruments").matching(code)));
                    return like;
                }, f -> f.score(), COLUMNS, null, 0, limit, false))
                .rows().stream().map(row -> hit(row, null)).toList();
    }

    private static LibraryResults.Hit snippeted(Columns.Row row) {
        String snippet = SNIPPETS.stream().map(row::get).filter(fragments -> fragments != null && !fragments.isEmpty())
                .findFirst().map(fragments -> fragments.stream().map(LibrarySearch::flowed)
                        .collect(Collectors.joining(" … "))).orElse(null);
        return hit(row, snippet);
    }

    private static LibraryResults.Hit hit(Columns.Row row, String snippet) {
        return new LibraryResults.Hit(row.get(ID), row.get(TITLE), row.get(SUMMARY), row.get(TYPE), row.get(YEAR),
                row.get(STATUS), snippet);
    }

    /**
     * A fragment of extracted text as one line, since HTML would run its lines together: where a paragraph ends
     * (a blank line) or a heading does (a short line without closing punctuation) a separator stands between
     * them; a line wrapped inside a paragraph continues after a space.
     */
    static String flowed(String fragment) {
        StringBuilder flowed = new StringBuilder();
        boolean ended = false;
        for (String line : fragment.split("\\R")) {
            String text = line.strip();
            if (text.isEmpty()) {
                ended = flowed.length() > 0;
                continue;
            }
            if (flowed.length() > 0) {
                flowed.append(ended ? " · " : " ");
            }
            flowed.append(text);
            ended = text.length() < HEADING_LENGTH && !text.matches(".*[.,;:!?…»”\"')]$");
        }
        return flowed.toString();
    }

    /** What this reader may see (published, visible to them, not of a group hidden from them) and the words. */
    private static Function<SearchPredicateFactory, PredicateFinalStep> conditions(Reader reader, String q) {
        return f -> {
            BooleanPredicateClausesStep<?, ?> all = f.bool().must(q.isEmpty() ? f.matchAll() : text(f, q));
            if (!reader.hiddenGroups().isEmpty()) {
                all.filter(f.not(f.terms().field("groupId").matchingAny(reader.hiddenGroups())));
            }
            if (!reader.staff()) {
                all.filter(f.match().field("status").matching(ResourceStatus.PUBLISHED));
                if (!reader.member()) {
                    all.filter(f.match().field("visibility").matching(ResourceVisibility.PUBLIC));
                } else {
                    PredicateFinalStep notOfAGroup = f.not(f.match().field("visibility")
                            .matching(ResourceVisibility.GROUP));
                    all.filter(reader.groups().isEmpty() ? notOfAGroup
                            : f.or(notOfAGroup, f.terms().field("groupId").matchingAny(reader.groups())));
                }
            }
            return all;
        };
    }

    /** Words as people type them: every word must appear (in English or Spanish analysis); quotes keep phrases. */
    static PredicateFinalStep text(SearchPredicateFactory f, String q) {
        Optional<String> typed = FacetedSearch.plainText(q);
        if (typed.isEmpty()) {
            return f.matchAll();
        }
        String plain = typed.get();
        return f.simpleQueryString().field("title").boost(3f).field("title_es").boost(3f)
                .field("summary").boost(2f).field("summary_es").boost(2f).fields("content", "content_es")
                .matching(plain).defaultOperator(BooleanOperator.AND)
                .flags(SimpleQueryFlag.PHRASE, SimpleQueryFlag.WHITESPACE);
    }
}
