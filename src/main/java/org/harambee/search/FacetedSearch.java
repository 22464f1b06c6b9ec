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
import java.util.function.BiFunction;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.springframework.modulith.NamedInterface;

/**
 * What every faceted search of Harambee shares: how people's text is read, how chosen facet values filter, and
 * how values are counted. Values of an alternative facet (one value per record: a state, a type, a year) match any of them;
 * values of the other facets (issue areas, rights, languages) must all match.
 */
@NamedInterface(name = "api", propagate = false)
public final class FacetedSearch {

    private FacetedSearch() {
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

    /** Asks {@code search} for the counts of up to {@code most} values of a facet's index field, keyed by the facet. */
    public static <T> AggregationKey<Map<T, Long>> counted(SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> search,
            Enum<?> facet, String field, Class<T> type, int most) {
        AggregationKey<Map<T, Long>> key = AggregationKey.of(facet.name());
        search.aggregation(key, f -> f.terms().field(field, type).maxTermCount(most));
        return key;
    }

    /**
     * Counts keyed by the values addresses use: issue area ids by their slug when {@code issueAreas}, enums by name,
     * anything else as text; values counted zero, and ids without a slug, left out.
     */
    public static Map<String, Long> byAddressValue(Map<?, Long> raw, boolean issueAreas, Map<Long, String> slugs) {
        Map<String, Long> counts = new LinkedHashMap<>();
        raw.forEach((value, count) -> {
            String label = issueAreas ? slugs.get((Long) value)
                    : value instanceof Enum<?> e ? e.name() : String.valueOf(value);
            if (label != null && count > 0) {
                counts.put(label, count);
            }
        });
        return counts;
    }

    /**
     * The facet values an address chose, read the one way every faceted page reads them: each value the address
     * gives is turned into the index's term by {@code known} (an enum constant, an id, a number). A value that
     * names nothing (an unknown type, a status this reader may not filter by, a number out of range) is left out
     * and listed in {@link #ignored()} as {@code parameter=value}, for the page to say so, and in
     * {@link #leftOut()} by facet, so that the page neither shows it as chosen nor keeps it in its links
     * ({@link #kept}); a facet left without values filters nothing. An index field is thus only ever asked for a
     * term of its own type.
     */
    @NamedInterface(name = "api", propagate = false)
    public record Chosen<F extends Enum<F>>(Map<F, List<Object>> values, List<String> ignored,
            Map<F, Set<String>> leftOut) {

        public Chosen {
            values = Map.copyOf(values);
            ignored = List.copyOf(ignored);
            leftOut = Map.copyOf(leftOut);
        }

        /** The same choice with other index terms (one facet's values may stand for several terms). */
        public Chosen<F> withValues(Map<F, List<Object>> terms) {
            return new Chosen<>(terms, ignored, leftOut);
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

        public static <F extends Enum<F>> Chosen<F> of(Class<F> facets, Function<F, String> parameter,
                Function<F, ? extends Collection<String>> given, BiFunction<F, String, Optional<?>> known) {
            Map<F, List<Object>> values = new EnumMap<>(facets);
            List<String> ignored = new ArrayList<>();
            Map<F, Set<String>> leftOut = new EnumMap<>(facets);
            for (F facet : facets.getEnumConstants()) {
                List<Object> terms = new ArrayList<>();
                for (String value : given.apply(facet)) {
                    known.apply(facet, value).ifPresentOrElse(term -> {
                        if (!terms.contains(term)) {
                            terms.add(term);
                        }
                    }, () -> {
                        ignored.add(parameter.apply(facet) + "=" + value);
                        leftOut.computeIfAbsent(facet, unknown -> new HashSet<>()).add(value);
                    });
                }
                if (!terms.isEmpty()) {
                    values.put(facet, terms);
                }
            }
            return new Chosen<>(values, ignored, leftOut);
        }

        /** Whether no value of this facet filters. */
        public boolean free(F facet) {
            return !values.containsKey(facet);
        }
    }

    /**
     * Adds the chosen values of every facet but {@code leftOut} (null: every facet) to {@code all} as filters
     * on each facet's index field.
     */
    public static <F extends Enum<F>> void filter(BooleanPredicateClausesStep<?, ?> all, SearchPredicateFactory f,
            Chosen<F> chosen, F leftOut, Map<F, String> fields, Set<F> alternatives) {
        chosen.values().forEach((facet, values) -> {
            if (facet.equals(leftOut)) {
                return;
            }
            String field = fields.get(facet);
            if (alternatives.contains(facet)) {
                all.filter(f.terms().field(field).matchingAny(values));
            } else {
                values.forEach(value -> all.filter(f.match().field(field).matching(value)));
            }
        });
    }
}
