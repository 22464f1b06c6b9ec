package org.harambee.directory;

import java.util.List;

/**
 * The directory page as the template draws it, labelled in the reader's language: the query's chips, the
 * facets with their counts and the addresses that choose or drop each value, and the results.
 */
public record DirectoryView(DirectoryResults results, List<Chip> chips, List<FacetGroup> facets,
        List<Entry> entries, String clearHref) {

    /** A chosen value, with the address that drops it. */
    public record Chip(String label, String removeHref) {
    }

    /** One facet: its heading, its values (optionally in labelled groups) and how many to show before "more". */
    public record FacetGroup(String parameter, String legend, List<Choice> choices, int shown) {

        public List<Choice> firstChoices() {
            return choices.subList(0, Math.min(shown, choices.size()));
        }

        public List<Choice> moreChoices() {
            return choices.subList(Math.min(shown, choices.size()), choices.size());
        }
    }

    /**
     * A facet value: its label, how many results choosing it gives, whether it is chosen, the address that
     * toggles it, and the heading of the group it starts (rights by family), if any.
     */
    public record Choice(String label, long count, boolean selected, String href, String groupHeading) {
    }

    /** A result as listed: name and address, a line of facts, the mission's start, tags and badges. */
    public record Entry(String slug, String name, String facts, String excerpt, List<Tag> tags, List<String> badges,
            String status) {
    }

    /** A tag linking into the directory filtered by it. */
    public record Tag(String label, String href) {
    }
}
