package org.harambee.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * What every faceted search of Harambee shares: how people's text is read, and how chosen facet values
 * filter. Values of an alternative facet (one value per record: a state, a type, a year) match any of them;
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
