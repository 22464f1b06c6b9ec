package org.harambee.news;

import java.util.List;
import java.util.Map;

/**
 * A page of news found, and for each facet its values with the number of results each gives; {@code ignored}: the
 * address's facet values that name nothing, left out of the search.
 */
public record NewsResults(NewsQuery query, List<NewsItem> items, long total, int pageSize,
        Map<NewsQuery.Facet, Map<String, Long>> counts, List<String> ignored) {

    public int pages() {
        return (int) Math.min((total + pageSize - 1) / pageSize, NewsSearch.MAX_RESULT / pageSize);
    }
}
