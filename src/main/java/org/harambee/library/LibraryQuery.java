package org.harambee.library;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** A library search as its address says it: the words, the chosen facet values, the page. */
public record LibraryQuery(String q, Map<LibraryQuery.Facet, List<String>> chosen, int page) {

    static final int MAX_VALUES = 30;
    static final int MAX_Q = 500;

    /** The facets of the library, named as their address parameters. */
    public enum Facet {
        TYPE("type"), ISSUE("issue"), RIGHT("right"), INSTRUMENT("instrument"), LANGUAGE("language"), YEAR("year");

        private final String param;

        Facet(String param) {
            this.param = param;
        }

        String param() {
            return param;
        }
    }

    static LibraryQuery of(MultiValueMap<String, String> params) {
        String q = params.getOrDefault("q", List.of()).stream().findFirst().orElse("").strip();
        if (q.length() > MAX_Q) {
            q = q.substring(0, MAX_Q);
        }
        Map<Facet, List<String>> chosen = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = params.getOrDefault(facet.param(), List.of()).stream().map(String::strip)
                    .filter(value -> !value.isEmpty() && value.length() <= 40).distinct().limit(MAX_VALUES).toList();
            if (!values.isEmpty()) {
                chosen.put(facet, values);
            }
        }
        int page;
        try {
            page = Math.max(0, Integer.parseInt(params.getOrDefault("page", List.of("0")).get(0)));
        } catch (NumberFormatException notANumber) {
            page = 0;
        }
        return new LibraryQuery(q, chosen, Math.min(page, 500));
    }

    List<String> values(Facet facet) {
        return chosen.getOrDefault(facet, List.of());
    }

    boolean chose(Facet facet, String value) {
        return values(facet).contains(value);
    }

    public boolean empty() {
        return q.isEmpty() && chosen.isEmpty();
    }

    /** The address of this search with {@code value} of {@code facet} added or removed, from the first page. */
    String toggled(Facet facet, String value) {
        Map<Facet, List<String>> next = new LinkedHashMap<>(chosen);
        List<String> values = new ArrayList<>(values(facet));
        if (!values.remove(value)) {
            values.add(value);
        }
        next.put(facet, values);
        return address(q, next, 0);
    }

    /** The address of another page of this search. */
    public String page(int number) {
        return address(q, chosen, number);
    }

    private static String address(String q, Map<Facet, List<String>> chosen, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/library");
        if (!q.isEmpty()) {
            uri.queryParam("q", q);
        }
        chosen.forEach((facet, values) -> values.forEach(value -> uri.queryParam(facet.param(), value)));
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.build().encode().toUriString();
    }
}
