package org.harambee.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;

/**
 * What every faceted search of Harambee shares: how people's text is read, how chosen facet values filter, and
 * how values are counted. Values of an alternative facet (one value per record: a state, a type, a year) match any of them;
 * values of the other facets (issue areas, rights, languages) must all match.
 */
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
     * Adds the chosen values of every facet but {@code leftOut} (null: every facet) to {@code all} as filters
     * on each facet's index field.
     */
    public static <F> void filter(BooleanPredicateClausesStep<?, ?> all, SearchPredicateFactory f,
            Map<F, List<Object>> chosen, F leftOut, Map<F, String> fields, Set<F> alternatives) {
        chosen.forEach((facet, values) -> {
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
