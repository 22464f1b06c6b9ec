package org.harambee.related;

import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/** What a page linked to is about, with the first part of its address ({@code /organizations/{slug}}). */
@NamedInterface(name = "api", propagate = false)
public enum Subject {
    ORGANIZATION("organizations"), GROUP("groups"), STATEMENT("statements"), EVENT("events"), RESOURCE("library"),
    RECOMMENDATION("un/recommendations"), NEWS("news");

    private final String path;

    Subject(String path) {
        this.path = path;
    }

    /** Where the pages of this subject live: {@code /organizations}. */
    public String path() {
        return "/" + path;
    }

    /** The message key naming this subject ({@code related.subject.organization}). */
    public String key() {
        return "related.subject." + name().toLowerCase(Locale.ROOT);
    }
}
