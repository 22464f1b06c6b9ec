package org.harambee.related;

import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/** The kinds of item people follow and digests gather, each published by its capability. */
@NamedInterface(name = "api", propagate = false)
public enum ItemKind {
    NEWS, STORY, ALERT, EVENT, RESOURCE, STATEMENT, REVIEW;

    /** The message key naming this kind in the plural ({@code related.kind.news}). */
    public String key() {
        return "related.kind." + name().toLowerCase(Locale.ROOT);
    }
}
