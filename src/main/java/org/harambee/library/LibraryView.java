package org.harambee.library;

import java.util.List;

/** The library search page as the template shows it: results, chosen values to remove, facets with counts. */
public record LibraryView(LibraryResults results, List<Chip> chips, List<FacetGroup> facets, List<Entry> entries) {

    /** A chosen value, and the address without it. */
    public record Chip(String label, String removeHref) {
    }

    public record FacetGroup(String legend, List<Choice> choices) {
    }

    /** A facet value: its label, how many results choosing it gives, whether it is chosen, its address. */
    public record Choice(String label, long count, boolean selected, String href) {
    }

    /** A result: {@code snippet} is escaped HTML with {@code <mark>} only (null when not found inside). */
    public record Entry(Long id, String title, String facts, String summary, String snippet, String status) {
    }
}
