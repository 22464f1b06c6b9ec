package org.harambee.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.modulith.NamedInterface;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A faceted search page's address, read and written one way: its text ({@code q}), the values chosen for each facet
 * (each facet its own parameter, repeated), and its page. What an address carries beyond the limits is cut, never
 * refused: it is a reader's link.
 */
@NamedInterface(name = "api", propagate = false)
public final class SearchAddress {

    /** The longest text kept. */
    public static final int MAX_Q = 500;
    /** The most values kept for one facet. */
    public static final int MAX_VALUES = 30;
    /** The last page one may ask for. */
    public static final int MAX_PAGE = 500;

    private SearchAddress() {
    }

    /** The text searched for: the first {@code q}, stripped, cut to {@value #MAX_Q} characters. */
    public static String text(MultiValueMap<String, String> params) {
        String q = params.getOrDefault("q", List.of()).stream().findFirst().orElse("").strip();
        return q.length() > MAX_Q ? q.substring(0, MAX_Q) : q;
    }

    /**
     * The values chosen for each facet, stripped, without empty, repeated or longer ones than {@code maxValue}, at
     * most {@value #MAX_VALUES} a facet; facets without values are left out.
     */
    public static <F extends Enum<F>> Map<F, List<String>> chosen(MultiValueMap<String, String> params,
            Class<F> facets, Function<F, String> param, int maxValue) {
        Map<F, List<String>> chosen = new EnumMap<>(facets);
        for (F facet : facets.getEnumConstants()) {
            List<String> values = params.getOrDefault(param.apply(facet), List.of()).stream().map(String::strip)
                    .filter(value -> !value.isEmpty() && value.length() <= maxValue).distinct().limit(MAX_VALUES)
                    .toList();
            if (!values.isEmpty()) {
                chosen.put(facet, values);
            }
        }
        return chosen;
    }

    /** The page asked for, from 0 to {@value #MAX_PAGE}; 0 for anything that is not a number. */
    public static int page(MultiValueMap<String, String> params) {
        try {
            return Math.min(MAX_PAGE, Math.max(0, Integer.parseInt(
                    params.getOrDefault("page", List.of("0")).get(0).strip())));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** The choices with {@code value} of {@code facet} added, or removed when it was chosen. */
    public static <F extends Enum<F>> Map<F, List<String>> toggled(Map<F, List<String>> chosen, F facet,
            String value) {
        Map<F, List<String>> next = new LinkedHashMap<>(chosen);
        List<String> values = new ArrayList<>(chosen.getOrDefault(facet, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        next.put(facet, values);
        return next;
    }

    /**
     * The address of a search at {@code path}: its text, then {@code markedWhenEmpty} with an empty value when no
     * value of that facet is chosen (null: none), then the chosen values, then the page when not the first.
     */
    public static <F extends Enum<F>> String address(String path, String q, Map<F, List<String>> chosen,
            Function<F, String> param, F markedWhenEmpty, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (!q.isEmpty()) {
            uri.queryParam("q", q);
        }
        if (markedWhenEmpty != null && chosen.getOrDefault(markedWhenEmpty, List.of()).isEmpty()) {
            uri.queryParam(param.apply(markedWhenEmpty), "");
        }
        chosen.forEach((facet, values) -> values.forEach(value -> uri.queryParam(param.apply(facet), value)));
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.build().encode().toUriString();
    }
}
