package org.harambee.accountability;

import java.util.List;
import java.util.Map;
import org.harambee.search.SearchAddress;
import org.springframework.util.MultiValueMap;

/**
 * A search of recommendations as its address says it: the words, the chosen facet values, the page. Without a
 * {@code state} parameter the state under review is the network's country; {@code state=} (empty) means every state.
 */
public record RecommendationQuery(String q, Map<RecommendationQuery.Facet, List<String>> chosen, int page) {

    static final int MAX_Q = SearchAddress.MAX_Q;
    /** The longest facet value kept. */
    static final int MAX_VALUE = 100;
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
        Map<Facet, List<String>> chosen = SearchAddress.chosen(params, Facet.class, Facet::param, MAX_VALUE);
        boolean everyState = params.containsKey(Facet.STATE.param()) && !chosen.containsKey(Facet.STATE);
        if (!everyState && !chosen.containsKey(Facet.STATE)) {
            chosen.put(Facet.STATE, List.of(country));
        }
        return new RecommendationQuery(SearchAddress.text(params), chosen, SearchAddress.page(params));
    }

    public List<String> values(Facet facet) {
        return chosen.getOrDefault(facet, List.of());
    }

    boolean chose(Facet facet, String value) {
        return values(facet).contains(value);
    }

    /** The address of this search with {@code value} of {@code facet} added or removed, from the first page. */
    public String toggled(Facet facet, String value) {
        return SearchAddress.address(PATH, q, SearchAddress.toggled(chosen, facet, value), Facet::param, Facet.STATE,
                0);
    }

    /** The address of another page of this search. */
    public String page(int number) {
        return SearchAddress.address(PATH, q, chosen, Facet::param, Facet.STATE, number);
    }
}
