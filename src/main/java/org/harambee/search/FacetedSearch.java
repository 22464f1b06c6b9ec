package org.harambee.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.modulith.NamedInterface;

/**
 * The one faceted search of Harambee. A capability describes its facets ({@link FacetDescriptor}), the conditions
 * every result meets (who may see it, the words), the order and what it reads from a hit ({@link Columns}); this
 * engine reads the chosen values from the address (a value that names nothing is refused here, and only here),
 * filters by them, and counts every facet's values so that each count is the number of results its link gives:
 * values of an alternative facet are counted as if that facet's own choice were not made (one more query per such
 * facet chosen), the others within the results. No search pages deeper than {@link #MAX_RESULT}.
 */
@NamedInterface(name = "api", propagate = false)
public final class FacetedSearch<F extends Enum<F>> {

    /** The deepest result any search pages to (deeper pages cost the index too much). */
    public static final int MAX_RESULT = 10_000;

    private final Class<F> facets;
    private final Function<F, String> parameter;
    private final Map<F, FacetDescriptor<F>> described;

    /**
     * A search over the facets {@code described}, chosen by the address parameter each facet names; a facet not
     * described (one this reader may not use) is neither filtered nor counted, and its values are refused.
     */
    public FacetedSearch(Class<F> facets, Function<F, String> parameter, Collection<FacetDescriptor<F>> described) {
        this.facets = facets;
        this.parameter = parameter;
        this.described = new EnumMap<>(facets);
        described.forEach(descriptor -> this.described.put(descriptor.facet(), descriptor));
    }

    /** Whether a described facet holds one value per record, so that its chosen values are alternatives. */
    public boolean alternative(F facet) {
        FacetDescriptor<F> descriptor = described.get(facet);
        return descriptor != null && descriptor.alternative();
    }

    /**
     * Text as people type it, made safe for a simple query string: only letters, digits, spaces, apostrophes
     * and quotes stay (a lone quote is dropped); empty when nothing searchable is left.
     */
    public static Optional<String> plainText(String q) {
        String plain = q.replaceAll("[^\\p{L}\\p{N}\\s\"'’-]", " ").replace("-", " ");
        if ((plain.chars().filter(c -> c == '"').count() % 2) == 1) {
            plain = plain.replace("\"", " ");
        }
        return plain.isBlank() ? Optional.empty() : Optional.of(plain);
    }

    /**
     * The facet values an address chose: each value given is turned into the index's terms by its facet's
     * descriptor; a value that names nothing (an unknown type, a status this reader may not filter by, a number
     * out of range, a facet not offered to this reader) is left out and listed in {@link Chosen#ignored()}.
     */
    public Chosen<F> chosen(Function<F, ? extends Collection<String>> given) {
        Map<F, List<Object>> values = new EnumMap<>(facets);
        List<String> ignored = new ArrayList<>();
        Map<F, Set<String>> leftOut = new EnumMap<>(facets);
        for (F facet : facets.getEnumConstants()) {
            FacetDescriptor<F> descriptor = described.get(facet);
            List<Object> terms = new ArrayList<>();
            for (String value : given.apply(facet)) {
                List<?> named = descriptor == null ? List.of() : descriptor.terms().apply(value);
                if (named.isEmpty()) {
                    ignored.add(parameter.apply(facet) + "=" + value);
                    leftOut.computeIfAbsent(facet, unknown -> new HashSet<>()).add(value);
                }
                named.stream().filter(term -> !terms.contains(term)).forEach(terms::add);
            }
            if (!terms.isEmpty()) {
                values.put(facet, terms);
            }
        }
        return new Chosen<>(values, ignored, leftOut);
    }

    /**
     * Everything a search asks as one predicate on {@code scope}: the capability's {@code conditions} and the
     * chosen values of every facet but {@code leftOut} (null: every facet).
     */
    public SearchPredicate predicate(SearchScope<?> scope,
            Function<SearchPredicateFactory, PredicateFinalStep> conditions, Chosen<F> chosen, F leftOut) {
        SearchPredicateFactory f = scope.predicate();
        BooleanPredicateClausesStep<?, ?> all = f.bool().must(conditions.apply(f));
        chosen.values().forEach((facet, terms) -> {
            if (facet.equals(leftOut)) {
                return;
            }
            FacetDescriptor<F> descriptor = described.get(facet);
            if (descriptor.alternative()) {
                all.filter(f.terms().field(descriptor.field()).matchingAny(terms));
            } else {
                terms.forEach(term -> all.filter(f.match().field(descriptor.field()).matching(term)));
            }
        });
        return all.toPredicate();
    }

    /** Runs a search: one page of hits read by column, the total, and the counts of every described facet. */
    public Found<F> search(SearchSession session, SearchScope<?> scope, Request<F> request) {
        Chosen<F> chosen = request.chosen();
        SearchQueryOptionsStep<?, ?, List<?>, ?, ?, ?> main = session.search(scope)
                .select(request.columns().on(scope.projection()))
                .where(predicate(scope, request.conditions(), chosen, null))
                .sort(request.order().apply(scope.sort()).toSort());
        if (request.highlighter() != null) {
            main = main.highlighter(request.highlighter().apply(scope.highlighter()).toHighlighter());
        }
        Optional<Map<F, Map<String, Long>>> kept = request.recent() == null ? Optional.empty()
                : request.recent().fresh(request.key());
        boolean counting = request.counted() && kept.isEmpty();
        Map<F, AggregationKey<Map<Object, Long>>> within = new EnumMap<>(facets);
        for (FacetDescriptor<F> descriptor : described.values()) {
            if (counting && (!descriptor.alternative() || chosen.free(descriptor.facet()))) {
                AggregationKey<Map<Object, Long>> key = AggregationKey.of(descriptor.facet().name());
                main = main.aggregation(key, terms(scope, descriptor));
                within.put(descriptor.facet(), key);
            }
        }
        int offset = Math.min(request.page() * request.size(), MAX_RESULT);
        SearchResult<List<?>> result = main.fetch(offset, Math.max(0, Math.min(request.size(), MAX_RESULT - offset)));
        Map<F, Map<String, Long>> counts = new EnumMap<>(facets);
        within.forEach((facet, key) -> counts.put(facet, addressed(described.get(facet), result.aggregation(key))));
        for (FacetDescriptor<F> descriptor : described.values()) {
            if (counting && descriptor.alternative() && !chosen.free(descriptor.facet())) {
                AggregationKey<Map<Object, Long>> key = AggregationKey.of(descriptor.facet().name());
                Map<Object, Long> sideways = session.search(scope)
                        .where(predicate(scope, request.conditions(), chosen, descriptor.facet()))
                        .aggregation(key, terms(scope, descriptor)).fetch(0).aggregation(key);
                counts.put(descriptor.facet(), addressed(descriptor, sideways));
            }
        }
        if (counting && request.recent() != null) {
            request.recent().keep(request.key(), counts);
        }
        return new Found<>(result.hits().stream().map(Columns.Row::new).toList(),
                result.total().hitCountLowerBound(), kept.orElse(counts));
    }

    @SuppressWarnings("unchecked")
    private static SearchAggregation<Map<Object, Long>> terms(SearchScope<?> scope, FacetDescriptor<?> descriptor) {
        return (SearchAggregation<Map<Object, Long>>) (SearchAggregation<?>) scope.aggregation().terms()
                .field(descriptor.field(), descriptor.termType()).maxTermCount(descriptor.most()).toAggregation();
    }

    /** Counted terms as addresses write them; terms written alike add up, terms counted zero are left out. */
    private static Map<String, Long> addressed(FacetDescriptor<?> descriptor, Map<?, Long> raw) {
        Map<String, Long> counts = new LinkedHashMap<>();
        raw.forEach((term, count) -> {
            if (count > 0) {
                descriptor.label().apply(term).ifPresent(label -> counts.merge(label, count, Long::sum));
            }
        });
        return counts;
    }

    /**
     * One search: the chosen values, the capability's own conditions (who may see what, the words), the order,
     * what to read from each hit, an optional highlighter, the page, and whether facets are counted; counts may be
     * kept a while in {@code recent} under {@code key} (see {@link #keptIn}).
     */
    @NamedInterface(name = "api", propagate = false)
    public record Request<F extends Enum<F>>(Chosen<F> chosen,
            Function<SearchPredicateFactory, PredicateFinalStep> conditions,
            Function<SearchSortFactory, SortFinalStep> order, Columns columns,
            Function<SearchHighlighterFactory, HighlighterFinalStep> highlighter, int page, int size,
            boolean counted, RecentCounts<F> recent, String key) {

        public Request(Chosen<F> chosen, Function<SearchPredicateFactory, PredicateFinalStep> conditions,
                Function<SearchSortFactory, SortFinalStep> order, Columns columns,
                Function<SearchHighlighterFactory, HighlighterFinalStep> highlighter, int page, int size,
                boolean counted) {
            this(chosen, conditions, order, columns, highlighter, page, size, counted, null, null);
        }

        /**
         * The same search, its counts taken from {@code recent} while fresh there under {@code key}, else counted and
         * kept: for a search asked again and again with the same counts (the whole directory or library, before
         * anyone chooses anything or types a word), whose counts over every document are its costliest part. The
         * key names whatever makes two such searches' counts differ (who reads).
         */
        public Request<F> keptIn(RecentCounts<F> counts, String under) {
            return new Request<>(chosen, conditions, order, columns, highlighter, page, size, counted, counts, under);
        }
    }

    /** A page of hits, how many there are in all, and the counts of every facet by address value. */
    @NamedInterface(name = "api", propagate = false)
    public record Found<F extends Enum<F>>(List<Columns.Row> rows, long total, Map<F, Map<String, Long>> counts) {
    }

    /**
     * The facet values an address chose, as the index's terms; {@code ignored}: the values that name nothing, as
     * {@code parameter=value}, for the page to say so; {@code leftOut}: the same by facet, so that the page neither
     * shows them as chosen nor keeps them in its links ({@link #kept}).
     */
    @NamedInterface(name = "api", propagate = false)
    public record Chosen<F extends Enum<F>>(Map<F, List<Object>> values, List<String> ignored,
            Map<F, Set<String>> leftOut) {

        public Chosen {
            values = Map.copyOf(values);
            ignored = List.copyOf(ignored);
            leftOut = Map.copyOf(leftOut);
        }

        /** The values an address gave, without those left out, in their order; facets left without values dropped. */
        public Map<F, List<String>> kept(Map<F, ? extends Collection<String>> given) {
            Map<F, List<String>> kept = new LinkedHashMap<>();
            given.forEach((facet, values) -> {
                List<String> known = values.stream()
                        .filter(value -> !leftOut.getOrDefault(facet, Set.of()).contains(value)).toList();
                if (!known.isEmpty()) {
                    kept.put(facet, known);
                }
            });
            return kept;
        }

        /** Nothing chosen. */
        public static <F extends Enum<F>> Chosen<F> nothing() {
            return new Chosen<F>(Map.<F, List<Object>>of(), List.<String>of(), Map.<F, Set<String>>of());
        }

        /** Whether no value of this facet filters. */
        public boolean free(F facet) {
            return !values.containsKey(facet);
        }

        /** Whether nothing is chosen at all. */
        public boolean none() {
            return values.isEmpty();
        }
    }
}
