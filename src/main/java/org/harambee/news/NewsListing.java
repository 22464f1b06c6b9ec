package org.harambee.news;

import java.util.List;
import org.harambee.search.FacetView;

/**
 * The news page as its template shows it: the results found, their facets, each item in the reader's language, the
 * alerts still open (on the first page of an unfiltered list) and the feed of what is chosen.
 */
public record NewsListing(NewsResults results, FacetView facets, List<NewsView> items, List<NewsView> openAlerts) {

    public NewsQuery query() {
        return results.query();
    }
}
