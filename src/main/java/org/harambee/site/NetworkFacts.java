package org.harambee.site;

import java.util.List;

/**
 * Something a capability can tell visitors about the network on the home page
 * ("190 member organizations"). Implemented by capabilities, collected by the site.
 */
public interface NetworkFacts {

    List<Fact> facts();

    /** A count with the message key that labels it. */
    record Fact(String labelKey, long value) {
    }
}
