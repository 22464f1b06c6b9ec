package org.harambee.accountability;

import java.util.List;
import java.util.Map;

/**
 * Where the recommendations to the country stand for one reader: overall, and as charts by issue area and by
 * right (each also a table), plus the first of those nobody follows up.
 */
public record TrackerDashboard(String country, long total, Map<TrackStatus, Long> overall, List<Chart> charts,
        List<RecommendationView> unmonitored, long unmonitoredCount, Map<TrackStatus, String> statusLabels) {

    /** A chart: its key (area, right), title, SVG and the rows it draws. */
    public record Chart(String key, String title, String svg, List<Row> rows) {
    }

    /** A row of a chart: its label and how many recommendations stand where. */
    public record Row(String label, Map<TrackStatus, Long> counts) {

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public long count(TrackStatus status) {
            return counts.getOrDefault(status, 0L);
        }
    }
}
