package org.harambee.site;

import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;

/**
 * Something a capability can tell readers about the network on the home page ("190 member organizations").
 * Implemented by capabilities, collected by the site. A count is of what this reader may see listed (decision 48):
 * a number larger than the list would tell that hidden members exist.
 */
@NamedInterface(name = "api", propagate = false)
public interface NetworkFacts {

    /** The facts for this reader ({@code null}: a visitor). */
    List<Fact> facts(Authentication reader);

    /** A count with the message key that labels it. */
    @NamedInterface(name = "api", propagate = false)
    record Fact(String labelKey, long value) {
    }
}
