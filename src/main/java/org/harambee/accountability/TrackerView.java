package org.harambee.accountability;

import java.util.List;

/** A search of recommendations as its page shows it: chosen values as chips, facets with counts, the entries. */
public record TrackerView(RecommendationResults results, List<Chip> chips, List<FacetGroup> facets,
        List<Entry> entries) {

    /** A chosen value, with the address without it. */
    public record Chip(String label, String removeHref) {
    }

    /** One facet's values with their counts: the most frequent as links, the others to pick from a list. */
    public record FacetGroup(String param, String legend, List<Choice> choices, List<Choice> more) {
    }

    /** A value of a facet: its label, count, whether chosen, and (for those shown as links) the address that toggles it. */
    public record Choice(String value, String label, long count, boolean selected, String href) {
    }

    /** One recommendation found, with its facts in words and where it stands. */
    public record Entry(Long id, String textHtml, String facts, TrackStatus status) {
    }
}
