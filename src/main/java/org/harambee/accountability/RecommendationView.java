package org.harambee.accountability;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * A recommendation as pages, exports and the dashboard show it, read whole inside the transaction that found it
 * (its UPR issue tags, issue areas and rights included).
 */
@NamedInterface(name = "seeding", propagate = false)
public record RecommendationView(Long id, int session, int cycle, String stateUnderReview, String recommendingState,
        String recommendingRegion, String text, Response response, Integer action, Set<String> issues,
        Set<Long> issueAreas, Set<Integer> rights) {

    static RecommendationView of(Recommendation recommendation) {
        return new RecommendationView(recommendation.id(), recommendation.session(), recommendation.cycle(),
                recommendation.stateUnderReview(), recommendation.recommendingState(),
                recommendation.recommendingRegion(), recommendation.text(), recommendation.response(),
                recommendation.action(), Set.copyOf(recommendation.issues()), Set.copyOf(recommendation.issueAreas()),
                Set.copyOf(recommendation.rights()));
    }
}
