package org.harambee.accountability;

import java.util.List;
import java.util.Map;
import org.harambee.accountability.RecommendationQuery.Facet;

/**
 * A page of recommendations found, how many there are in all, and each facet's counts (value to number of
 * recommendations its link would give); {@code ignored}: the address's facet values that name nothing, left out of
 * the search ({@code response=x}).
 */
public record RecommendationResults(RecommendationQuery query, List<Hit> hits, long total, int pageSize,
        Map<Facet, Map<String, Long>> counts, List<String> ignored) {

    public int pages() {
        return (int) Math.min((total + pageSize - 1) / pageSize, RecommendationSearch.MAX_RESULT / pageSize);
    }

    /** One recommendation found: its text as HTML, escaped, with the words found in {@code <mark>}. */
    public record Hit(Long id, int session, int cycle, String stateUnderReview, String recommendingState,
            Response response, Integer action, List<String> issues, String textHtml) {
    }
}
