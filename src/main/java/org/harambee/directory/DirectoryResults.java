package org.harambee.directory;

import java.util.List;
import java.util.Map;
import org.harambee.directory.DirectoryQuery.Facet;

/**
 * A page of the directory's results and the counts of every facet value under the query. A count says how
 * many results choosing that value gives: values of a facet that holds one value per organization (state,
 * region, country, type, status) are alternatives, so their counts leave that facet's own choice out;
 * values of the other facets narrow further, so their counts are within the current results. {@code ignored}: the
 * address's facet values that name nothing this reader may choose, left out of the search ({@code type=x}).
 */
public record DirectoryResults(DirectoryQuery query, List<DirectoryEntry> entries, long total, int pageSize,
        Map<Facet, Map<String, Long>> counts, List<String> ignored) {

    public Map<String, Long> counts(Facet facet) {
        return counts.getOrDefault(facet, Map.of());
    }

    public int pages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return query.page() + 1 < pages();
    }

    public boolean hasPrevious() {
        return query.page() > 0;
    }
}
