package org.harambee.related;

import java.util.Locale;
import java.util.Optional;
import org.harambee.identity.HarambeeUser;
import org.springframework.modulith.NamedInterface;

/**
 * What a capability answers about its own pages, so that others may link to them without depending on it: the page
 * an address names, and a page by the id of what it shows, each only when this reader may see it (else empty, so a
 * link tells nobody what they may not know of).
 */
@NamedInterface(name = "api", propagate = false)
public interface LinkablePages {

    /** The subject of these pages. */
    Subject subject();

    /**
     * The page whose address ends in {@code key} ({@code /organizations/{key}}), if this reader may see it; by
     * default the key is the id of what the page shows ({@code /library/12}).
     */
    default Optional<RelatedPage> at(String key, HarambeeUser reader, Locale locale) {
        return key.matches("\\d{1,18}") ? byId(Long.parseLong(key), reader, locale) : Optional.empty();
    }

    /** The page showing the thing with this id, if this reader may see it. */
    Optional<RelatedPage> byId(long id, HarambeeUser reader, Locale locale);
}
