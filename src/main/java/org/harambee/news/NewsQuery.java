package org.harambee.news;

import java.util.List;
import java.util.Map;
import org.harambee.search.SearchAddress;
import org.springframework.util.MultiValueMap;

/** A news search as its address says it: the words, the chosen facet values, the page. */
public record NewsQuery(String q, Map<NewsQuery.Facet, List<String>> chosen, int page) {

    static final String PATH = "/news";
    static final int MAX_VALUE = 40;

    /** The facets of the news, named as their address parameters. */
    public enum Facet {
        KIND("kind"), ISSUE("issue"), RIGHT("right"), YEAR("year");

        private final String param;

        Facet(String param) {
            this.param = param;
        }

        String param() {
            return param;
        }
    }

    static NewsQuery of(MultiValueMap<String, String> params) {
        return new NewsQuery(SearchAddress.text(params),
                SearchAddress.chosen(params, Facet.class, Facet::param, MAX_VALUE), SearchAddress.page(params));
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
        return SearchAddress.address(PATH, q, SearchAddress.toggled(chosen, facet, value), Facet::param, null, 0);
    }

    /** The address of another page of this search. */
    public String page(int number) {
        return SearchAddress.address(PATH, q, chosen, Facet::param, null, number);
    }

    /** The address of the Atom feed of these facet values (the feed carries no words and no page). */
    public String feed() {
        return SearchAddress.address(PATH + "/feed.atom", "", chosen, Facet::param, null, 0);
    }
}
