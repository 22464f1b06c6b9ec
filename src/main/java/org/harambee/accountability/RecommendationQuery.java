package org.harambee.accountability;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search of recommendations as its address says it: the words, the chosen facet values, the page. Without a
 * {@code state} parameter the state under review is the network's country; {@code state=} (empty) means every state.
 */
public record RecommendationQuery(String q, Map<RecommendationQuery.Facet, List<String>> chosen, int page) {

    static final int MAX_VALUES = 30;
    static final int MAX_Q = 500;
    static final int MAX_VALUE = 100;
    static final int MAX_PAGE = 500;
    static final String PATH = "/un/recommendations";

    /** The facets, named as their address parameters; the first seven hold one value per recommendation. */
    public enum Facet {
        STATE("state", true), FROM("from", true), REGION("region", true), SESSION("session", true),
        CYCLE("cycle", true), RESPONSE("response", true), ACTION("action", true), ISSUE("issue", false),
        AREA("area", false), RIGHT("right", false);

        private final String param;
        private final boolean alternative;

        Facet(String param, boolean alternative) {
            this.param = param;
            this.alternative = alternative;
        }

        public String param() {
            return param;
        }

        /** Whether each recommendation has one value of it, so chosen values are alternatives. */
        boolean alternative() {
            return alternative;
        }
    }

    static RecommendationQuery of(MultiValueMap<String, String> params, String country) {
        String q = params.getOrDefault("q", List.of()).stream().findFirst().orElse("").strip();
        if (q.length() > MAX_Q) {
            q = q.substring(0, MAX_Q);
        }
        Map<Facet, List<String>> chosen = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = params.getOrDefault(facet.param(), List.of()).stream().map(String::strip)
                    .filter(value -> !value.isEmpty() && value.length() <= MAX_VALUE).distinct().limit(MAX_VALUES)
                    .toList();
            if (!values.isEmpty()) {
                chosen.put(facet, values);
            }
        }
        boolean everyState = params.containsKey(Facet.STATE.param()) && !chosen.containsKey(Facet.STATE);
        if (!everyState && !chosen.containsKey(Facet.STATE)) {
            chosen.put(Facet.STATE, List.of(country));
        }
        int page;
        try {
            page = Math.max(0, Integer.parseInt(params.getOrDefault("page", List.of("0")).get(0).strip()));
        } catch (NumberFormatException notANumber) {
            page = 0;
        }
        return new RecommendationQuery(q, chosen, Math.min(page, MAX_PAGE));
    }

    public List<String> values(Facet facet) {
        return chosen.getOrDefault(facet, List.of());
    }

    boolean chose(Facet facet, String value) {
        return values(facet).contains(value);
    }

    /** The address of this search with {@code value} of {@code facet} added or removed, from the first page. */
    public String toggled(Facet facet, String value) {
        Map<Facet, List<String>> next = new LinkedHashMap<>(chosen);
        List<String> values = new ArrayList<>(values(facet));
        if (!values.remove(value)) {
            values.add(value);
        }
        next.put(facet, values);
        return address(PATH, q, next, 0);
    }

    /** The address of another page of this search. */
    public String page(int number) {
        return address(PATH, q, chosen, number);
    }


    private static String address(String path, String q, Map<Facet, List<String>> chosen, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (!q.isEmpty()) {
            uri.queryParam("q", q);
        }
        if (chosen.getOrDefault(Facet.STATE, List.of()).isEmpty()) {
            uri.queryParam(Facet.STATE.param(), "");
        }
        chosen.forEach((facet, values) -> values.forEach(value -> uri.queryParam(facet.param(), value)));
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.build().encode().toUriString();
    }
}
