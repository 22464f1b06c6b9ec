package org.harambee.directory.linkages;

import java.util.List;

/**
 * One reason an organization is suggested as a partner, with the points it adds and what it is about (rights by
 * article, issue areas by id, states by postal code, a region, capacities, languages by code); {@link ReasonWording}
 * puts it in words.
 */
record Reason(Kind kind, int points, List<?> subjects) {

    Reason {
        subjects = List.copyOf(subjects);
    }

    Reason(Kind kind, int points) {
        this(kind, points, List.of());
    }

    /** The kinds of reason, in the order a suggestion lists them. */
    enum Kind {
        CROSS_ISSUE_RIGHTS(true), SHARED_RIGHTS(true), SHARED_ISSUE_AREAS(true), OFFERS_WHAT_YOU_NEED(true),
        SAME_STATE(true), NEIGHBOURING_STATE(true), SAME_REGION(false), LED_BY_DIRECTLY_AFFECTED(false),
        GRASSROOTS(false), LANGUAGE(false);

        /** Whether this reason links two organizations on its own; the others only add weight to a link. */
        final boolean links;

        Kind(boolean links) {
            this.links = links;
        }
    }
}
