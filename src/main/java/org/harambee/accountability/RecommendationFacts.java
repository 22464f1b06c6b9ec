package org.harambee.accountability;

import java.util.List;

/** A recommendation's facts in the reader's language: issue areas, rights, response and action category. */
public record RecommendationFacts(List<String> issueAreas, List<String> rights, String response, String action) {
}
