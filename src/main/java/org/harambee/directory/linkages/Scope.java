package org.harambee.directory.linkages;

import java.util.Collection;
import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.OrganizationAccess;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * Which organizations a linkage page may show: always active ones only; for visitors only those listed publicly;
 * for partner suggestions only those that asked to be suggested; never the excluded ones (the organization itself,
 * the suggestions it hid).
 */
record Scope(boolean publicListingsOnly, boolean openToPartnersOnly, Collection<Long> excluded) {

    /** The active organizations this person may know of. */
    static Scope seenBy(HarambeeUser user) {
        return new Scope(OrganizationAccess.seesPublicListingsOnly(user), false, List.of());
    }

    /** Active organizations open to being suggested, except these. */
    static Scope partnersExcept(Collection<Long> excluded) {
        return new Scope(false, true, excluded);
    }

    PredicateFinalStep filter(SearchPredicateFactory f) {
        return f.bool(b -> {
            b.must(f.match().field("status").matching(MembershipStatus.ACTIVE));
            if (publicListingsOnly) {
                b.must(f.match().field("listedPublicly").matching(true));
            }
            if (openToPartnersOnly) {
                b.must(f.match().field("openToPartners").matching(true));
            }
            if (!excluded.isEmpty()) {
                b.mustNot(f.id().matchingAny(excluded));
            }
        });
    }
}
