package org.harambee.library;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.identity.HarambeeUser;
import org.harambee.library.LibraryQuery.Facet;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.search.FacetedSearch;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the library's index: words in the title, summary and the text inside the files (English and Spanish
 * analysis), the chosen facet values, and what this reader may see. Results, snippets and counts all come from
 * one filtered query (plus one per chosen one-value facet), so nothing a reader may not see is found, quoted or
 * counted. Facet semantics are the directory's: type and year hold one value per resource, so their values are
 * alternatives counted sideways; issue areas, rights, instruments and languages narrow, counted within the
 * results. Every count is the number of results its link gives.
 */
@Service
@Transactional(readOnly = true)
public class LibrarySearch {

    static final int PAGE_SIZE = 20;
    static final int MAX_RESULT = 10_000;
    static final String MARK = "<mark>";
    static final String END_MARK = "</mark>";
    /** A line of extracted text shorter than this, without closing punctuation, is taken for a heading. */
    static final int HEADING_LENGTH = 60;

    private static final Set<Facet> ALTERNATIVES = Set.of(Facet.TYPE, Facet.YEAR);
    private static final Map<Facet, String> FIELDS = Map.of(Facet.TYPE, "type", Facet.ISSUE, "issueAreas",
            Facet.RIGHT, "rights", Facet.INSTRUMENT, "instruments", Facet.LANGUAGE, "languages", Facet.YEAR, "year");
    private static final String[] SNIPPET_FIELDS = {"content", "content_es", "summary"};

    private final EntityManager entityManager;
    private final Taxonomy taxonomy;
    private final LibraryReaders readers;

    LibrarySearch(EntityManager entityManager, Taxonomy taxonomy, LibraryReaders readers) {
        this.readers = readers;
        this.entityManager = entityManager;
        this.taxonomy = taxonomy;
    }

    LibraryResults search(LibraryQuery query, HarambeeUser user) {
        Reader reader = readers.of(user);
        Map<Long, String> slugs = taxonomy.allIssueAreas().stream()
                .collect(Collectors.toMap(IssueArea::id, IssueArea::slug));
        Criteria criteria = new Criteria(query, reader, slugs.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey)));
        SearchSession session = Search.session(entityManager);

        Map<Facet, AggregationKey<? extends Map<?, Long>>> keys = new EnumMap<>(Facet.class);
        SearchQueryOptionsStep<?, ?, List<?>, ?, ?, ?> main = session.search(Resource.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field("title", String.class),
                        f.field("summary", String.class), f.field("type", ResourceType.class),
                        f.field("year", Integer.class), f.field("status", ResourceStatus.class),
                        f.highlight(SNIPPET_FIELDS[0]), f.highlight(SNIPPET_FIELDS[1]),
                        f.highlight(SNIPPET_FIELDS[2])).asList())
                .where(f -> criteria.predicate(f, null))
                .highlighter(h -> h.unified().encoder(HighlighterEncoder.HTML).tag(MARK, END_MARK)
                        .numberOfFragments(2).noMatchSize(0));
        for (Facet facet : Facet.values()) {
            if (!ALTERNATIVES.contains(facet) || criteria.free(facet)) {
                keys.put(facet, aggregate(main, facet));
            }
        }
        main = query.q().isEmpty()
                ? main.sort(f -> f.composite().add(f.field("publishedOn").desc().missing().last())
                        .add(f.field("title_sort")))
                : main.sort(f -> f.composite().add(f.score()).add(f.field("title_sort")));
        int offset = Math.min(query.page() * PAGE_SIZE, MAX_RESULT);
        SearchResult<List<?>> result = main.fetch(offset, Math.max(0, Math.min(PAGE_SIZE, MAX_RESULT - offset)));
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        keys.forEach((facet, key) -> counts.put(facet, FacetedSearch.byAddressValue(result.aggregation(key), facet == Facet.ISSUE, slugs)));
        for (Facet facet : Facet.values()) {
            if (ALTERNATIVES.contains(facet) && !criteria.free(facet)) {
                SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> sideways = session.search(Resource.class)
                        .where(f -> criteria.predicate(f, facet));
                AggregationKey<? extends Map<?, Long>> key = aggregate(sideways, facet);
                counts.put(facet, FacetedSearch.byAddressValue(sideways.fetch(0).aggregation(key),
                        facet == Facet.ISSUE, slugs));
            }
        }
        List<LibraryResults.Hit> hits = result.hits().stream().map(LibrarySearch::hit).toList();
        return new LibraryResults(new LibraryQuery(query.q(), criteria.chosen.kept(query.chosen()), query.page()),
                hits, result.total().hitCountLowerBound(), PAGE_SIZE, counts, criteria.chosen.ignored());
    }

    /**
     * Resources like this one, as this reader may see them: the words of its title and summary (any of them, the
     * more the better) in other resources' titles, summaries and text, raised by shared issue areas and
     * instruments. Uses the same visibility filter as the search.
     */
    public List<LibraryResults.Hit> similar(Resource resource, HarambeeUser user, int limit) {
        Criteria criteria = new Criteria(LibraryQuery.of(new LinkedMultiValueMap<>()),
                readers.of(user), Map.of());
        String words = (resource.title() + " " + resource.summary()).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (words.isEmpty()) {
            return List.of();
        }
        return Search.session(entityManager).search(Resource.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field("title", String.class),
                        f.field("summary", String.class), f.field("type", ResourceType.class),
                        f.field("year", Integer.class), f.field("status", ResourceStatus.class)).asList())
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> like = f.bool().must(criteria.predicate(f, null))
                            .mustNot(f.id().matching(resource.id()))
                            .must(f.simpleQueryString().field("title").boost(2f).field("title_es").boost(2f)
                                    .fields("summary", "summary_es", "content", "content_es").matching(words)
                                    .defaultOperator(BooleanOperator.OR).flags(SimpleQueryFlag.WHITESPACE));
                    resource.issueAreas().forEach(area -> like.should(f.match().field("issueAreas").matching(area)));
                    resource.instruments().forEach(code -> like.should(f.match().field("instruments").matching(code)));
                    return like;
                })
                .fetchHits(limit).stream().map(row -> new LibraryResults.Hit((Long) row.get(0), (String) row.get(1),
                        (String) row.get(2), (ResourceType) row.get(3), (Integer) row.get(4),
                        (ResourceStatus) row.get(5), null)).toList();
    }

    private static LibraryResults.Hit hit(List<?> row) {
        String snippet = null;
        for (int i = 6; i < 9 && snippet == null; i++) {
            @SuppressWarnings("unchecked")
            List<String> fragments = (List<String>) row.get(i);
            if (fragments != null && !fragments.isEmpty()) {
                snippet = fragments.stream().map(LibrarySearch::flowed).collect(Collectors.joining(" … "));
            }
        }
        return new LibraryResults.Hit((Long) row.get(0), (String) row.get(1), (String) row.get(2),
                (ResourceType) row.get(3), (Integer) row.get(4), (ResourceStatus) row.get(5), snippet);
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

    private static AggregationKey<? extends Map<?, Long>> aggregate(SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> search,
            Facet facet) {
        Class<?> type = switch (facet) {
            case TYPE -> ResourceType.class;
            case ISSUE -> Long.class;
            case RIGHT, YEAR -> Integer.class;
            case INSTRUMENT, LANGUAGE -> String.class;
        };
        return FacetedSearch.counted(search, facet, FIELDS.get(facet), type, 200);
    }

    /** The query's conditions in the index's terms. */
    private static final class Criteria {

        private final LibraryQuery query;
        private final Reader reader;
        private final FacetedSearch.Chosen<Facet> chosen;

        Criteria(LibraryQuery query, Reader reader, Map<String, Long> issueAreaIds) {
            this.query = query;
            this.reader = reader;
            this.chosen = FacetedSearch.Chosen.of(Facet.class, Facet::param, query::values,
                    (facet, value) -> switch (facet) {
                        case TYPE -> Arrays.stream(ResourceType.values())
                                .filter(type -> type.name().equalsIgnoreCase(value)).findFirst();
                        case ISSUE -> Optional.ofNullable(issueAreaIds.get(value));
                        case RIGHT -> number(value).filter(n -> n >= 1 && n <= 30);
                        case YEAR -> number(value);
                        case INSTRUMENT -> value.matches("[A-Za-z0-9-]{2,20}")
                                ? Optional.of(value.toUpperCase(Locale.ROOT)) : Optional.empty();
                        case LANGUAGE -> value.matches("[a-z]{2,3}") ? Optional.of(value) : Optional.empty();
                    });
        }

        private static Optional<Integer> number(String text) {
            return text.matches("\\d{1,4}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
        }

        boolean free(Facet facet) {
            return chosen.free(facet);
        }

        PredicateFinalStep predicate(SearchPredicateFactory f, Facet leftOut) {
            BooleanPredicateClausesStep<?, ?> all = f.bool().must(f.matchAll());
            if (!reader.hiddenGroups().isEmpty()) {
                all.filter(f.not(f.terms().field("groupId").matchingAny(reader.hiddenGroups())));
            }
            if (!reader.staff()) {
                all.filter(f.match().field("status").matching(ResourceStatus.PUBLISHED));
                if (!reader.member()) {
                    all.filter(f.match().field("visibility").matching(ResourceVisibility.PUBLIC));
                } else {
                    PredicateFinalStep notOfAGroup = f.not(f.match().field("visibility").matching(ResourceVisibility.GROUP));
                    all.filter(reader.groups().isEmpty() ? notOfAGroup
                            : f.or(notOfAGroup, f.terms().field("groupId").matchingAny(reader.groups())));
                }
            }
            if (!query.q().isEmpty()) {
                all.must(text(f, query.q()));
            }
            FacetedSearch.filter(all, f, chosen, leftOut, FIELDS, ALTERNATIVES);
            return all;
        }
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
