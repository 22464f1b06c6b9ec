package org.harambee.library;

import java.util.List;
import java.util.Map;

/**
 * A page of library search results, and for each facet its values with the number of results each gives;
 * {@code ignored}: the address's facet values that name nothing, left out of the search ({@code type=x}).
 */
public record LibraryResults(LibraryQuery query, List<Hit> hits, long total, int pageSize,
        Map<LibraryQuery.Facet, Map<String, Long>> counts, List<String> ignored) {

    /**
     * One resource found; {@code snippet} is HTML in which everything is escaped except the {@code <mark>}
     * around the words found (null when the words were not found inside the document).
     */
    public record Hit(Long id, String title, String summary, ResourceType type, Integer year, ResourceStatus status,
            String snippet) {
    }

    public int pages() {
        return (int) Math.min((total + pageSize - 1) / pageSize, LibrarySearch.MAX_RESULT / pageSize);
    }
}
