package org.harambee.directory.linkages;

import static org.harambee.membership.IndexedOrganization.OPEN_TO_PARTNERS;
import static org.harambee.membership.IndexedOrganization.STATUS;

import java.util.Collection;
import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.Audience;
import org.harambee.membership.IndexedOrganization;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * Which organizations a linkage page may show: always active ones only, and only those its reader may know of (for
 * visitors, those listed publicly); for partner suggestions only those that asked to be suggested; never the
 * excluded ones (the organization itself, the suggestions it hid).
 */
record Scope(Audience audience, boolean openToPartnersOnly, Collection<Long> excluded) {

    /** The active organizations this person may know of. */
    static Scope seenBy(HarambeeUser user) {
        return seenBy(user, List.of());
    }

    /** The active organizations this person may know of, except these. */
    static Scope seenBy(HarambeeUser user, Collection<Long> excluded) {
        return new Scope(Audience.of(user), false, excluded);
    }

    /** Active organizations open to being suggested, except these. */
    static Scope partnersExcept(Collection<Long> excluded) {
        return new Scope(Audience.MEMBER, true, excluded);
    }

    PredicateFinalStep filter(SearchPredicateFactory f) {
        return f.bool(b -> {
            b.must(f.match().field(STATUS).matching(MembershipStatus.ACTIVE));
            b.must(IndexedOrganization.visibleTo(f, audience));
            if (openToPartnersOnly) {
                b.must(f.match().field(OPEN_TO_PARTNERS).matching(true));
            }
            if (!excluded.isEmpty()) {
                b.mustNot(f.id().matchingAny(excluded));
            }
        });
    }
}
