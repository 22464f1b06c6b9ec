package org.harambee.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * The facets of a search page as its template shows them: each chosen value as a chip that removes it, and each
 * facet's values with the number of results each gives, whether it is chosen and the address that toggles it.
 */
@NamedInterface(name = "api", propagate = false)
public record FacetView(List<Chip> chips, List<FacetGroup> facets) {

    /** A chosen value, and the address without it. */
    @NamedInterface(name = "api", propagate = false)
    public record Chip(String label, String removeHref) {
    }

    /** A facet: its legend and values. */
    @NamedInterface(name = "api", propagate = false)
    public record FacetGroup(String legend, List<Choice> choices) {
    }

    /** A facet value: its label, how many results choosing it gives, whether it is chosen, its address. */
    @NamedInterface(name = "api", propagate = false)
    public record Choice(String label, long count, boolean selected, String href) {
    }

    /** What a page says of its facets: legends, value labels, the address toggling a value, each facet's order. */
    @NamedInterface(name = "api", propagate = false)
    public interface Words<F> {

        String legend(F facet);

        String label(F facet, String value);

        String toggled(F facet, String value);

        /** How a facet's values are ordered: by default the most results first, then by label. */
        default Comparator<Choice> order(F facet) {
            return Comparator.comparing(Choice::count).reversed().thenComparing(Choice::label);
        }
    }

    /** The view of the chosen values and the counts of every facet, in the facets' declared order. */
    public static <F extends Enum<F>> FacetView of(Class<F> type, Map<F, List<String>> chosen,
            Map<F, Map<String, Long>> counts, Words<F> words) {
        List<Chip> chips = new ArrayList<>();
        chosen.forEach((facet, values) -> values.forEach(value -> chips.add(
                new Chip(words.label(facet, value), words.toggled(facet, value)))));
        List<FacetGroup> groups = new ArrayList<>();
        for (F facet : type.getEnumConstants()) {
            List<String> picked = chosen.getOrDefault(facet, List.of());
            List<Choice> choices = counts.getOrDefault(facet, Map.of()).entrySet().stream()
                    .map(count -> new Choice(words.label(facet, count.getKey()), count.getValue(),
                            picked.contains(count.getKey()), words.toggled(facet, count.getKey())))
                    .sorted(words.order(facet)).toList();
            if (!choices.isEmpty()) {
                groups.add(new FacetGroup(words.legend(facet), choices));
            }
        }
        return new FacetView(chips, groups);
    }
}
