package org.harambee.library;

import java.util.List;
import java.util.Map;
import org.harambee.search.SearchAddress;
import org.springframework.util.MultiValueMap;

/** A library search as its address says it: the words, the chosen facet values, the page. */
public record LibraryQuery(String q, Map<LibraryQuery.Facet, List<String>> chosen, int page) {

    static final String PATH = "/library";
    /** The longest facet value kept. */
    static final int MAX_VALUE = 40;

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
        return new LibraryQuery(SearchAddress.text(params),
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
}
