package org.harambee.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.modulith.NamedInterface;

/**
 * One facet of a faceted search, described once: the index field it filters and counts, whether a record holds one
 * value of it (its chosen values are alternatives, counted as if its own choice were not made) or several (every chosen value must match, counted within the results), how a value in an
 * address becomes the index's terms (none: the value names nothing and is refused), and how a counted term is
 * written back into addresses.
 *
 * @param facet the capability's name for the facet
 * @param field the index field it filters and counts
 * @param termType the type of that field's terms
 * @param alternative whether a record holds one value of it
 * @param terms the terms an address value stands for (one, or a group's: a region's states); none when it names
 *     nothing
 * @param label a counted term as addresses write it; empty to leave the term out of the counts
 * @param most how many distinct terms are counted at most
 */
@NamedInterface(name = "api", propagate = false)
public record FacetDescriptor<F extends Enum<F>>(F facet, String field, Class<?> termType,
        boolean alternative, Function<String, List<?>> terms, Function<Object, Optional<String>> label, int most) {

    /** How many terms of a facet are counted unless said otherwise. */
    public static final int MOST = 500;

    /** A facet of which each record holds one value: chosen values are alternatives. */
    public static <F extends Enum<F>, T> FacetDescriptor<F> oneOf(F facet, String field,
            Class<T> termType, Function<String, Optional<T>> term) {
        return new FacetDescriptor<>(facet, field, termType, true, single(term),
                FacetDescriptor::asAddressed, MOST);
    }

    /** A facet of which a record holds several values: every chosen value must match. */
    public static <F extends Enum<F>, T> FacetDescriptor<F> allOf(F facet, String field,
            Class<T> termType, Function<String, Optional<T>> term) {
        return new FacetDescriptor<>(facet, field, termType, false, single(term),
                FacetDescriptor::asAddressed, MOST);
    }

    /**
     * A facet of which each record holds one value, chosen by groups of values: an address value stands for several
     * terms, any of which matches (a region names its states); none when it names nothing.
     */
    public static <F extends Enum<F>> FacetDescriptor<F> oneOfGroups(F facet, String field, Class<?> termType,
            Function<String, List<?>> members) {
        return new FacetDescriptor<>(facet, field, termType, true, members, FacetDescriptor::asAddressed, MOST);
    }

    /** A yes/no facet: only "yes" ({@code true}) filters and is counted. */
    public static <F extends Enum<F>> FacetDescriptor<F> yes(F facet, String field) {
        return allOf(facet, field, Boolean.class, value -> Optional.of(Boolean.TRUE));
    }

    /** The value of an enumeration an address names, in any case. */
    public static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** A whole number within bounds, as an address writes it. */
    public static Optional<Integer> number(String text, int least, int most) {
        if (!text.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(text);
        return number >= least && number <= most ? Optional.of(number) : Optional.empty();
    }

    /** The same facet with its counted terms written otherwise (terms written alike add up). */
    public FacetDescriptor<F> labelled(Function<Object, Optional<String>> written) {
        return new FacetDescriptor<>(facet, field, termType, alternative, terms, written, most);
    }

    /** The same facet counting at most {@code terms} distinct terms. */
    public FacetDescriptor<F> countingAtMost(int terms) {
        return new FacetDescriptor<>(facet, field, termType, alternative, this.terms, label, terms);
    }

    private static <T> Function<String, List<?>> single(Function<String, Optional<T>> term) {
        return value -> term.apply(value).<List<?>>map(List::of).orElse(List.of());
    }

    /** Enumerations by name, yes/no as "true" (no is not counted), anything else as text. */
    private static Optional<String> asAddressed(Object term) {
        if (term instanceof Boolean yes) {
            return yes ? Optional.of("true") : Optional.empty();
        }
        return Optional.of(term instanceof Enum<?> constant ? constant.name() : String.valueOf(term));
    }
}
