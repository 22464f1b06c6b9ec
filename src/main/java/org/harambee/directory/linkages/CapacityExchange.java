package org.harambee.directory.linkages;

import static org.harambee.membership.IndexedOrganization.NAME;
import static org.harambee.membership.IndexedOrganization.NAME_SORT;
import static org.harambee.membership.IndexedOrganization.NEEDS;
import static org.harambee.membership.IndexedOrganization.OFFERS;
import static org.harambee.membership.IndexedOrganization.SLUG;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.IndexedOrganization;
import org.harambee.membership.Capacity;
import org.harambee.membership.MemberOrganization;
import org.harambee.membership.OrganizationAccess;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers and needs: pairs each need with the organizations offering it. Lists come from the search index a page at
 * a time (by name) with their totals, so the exchange stays quick with 100,000 organizations. Members only: the
 * exchange is how members find help from one another; visitors find public offers in the directory.
 */
@Service
@Transactional(readOnly = true)
class CapacityExchange {

    /** How many organizations the overview names on each side of a capacity. */
    static final int PREVIEW = 5;
    static final int PAGE_SIZE = 25;
    /** The last page anyone may ask for (100,000 organizations in pages of 25). */
    static final int MAX_PAGE = 4000;

    private final EntityManager entityManager;
    private final OrganizationAccess access;

    CapacityExchange(EntityManager entityManager, OrganizationAccess access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    /** Every capacity with the first organizations offering and needing it; the member's own needs first. */
    Exchange overview(HarambeeUser user) {
        Scope scope = Scope.seenBy(user);
        List<Exchange.Pairing> pairings = Arrays.stream(Capacity.values())
                .map(capacity -> new Exchange.Pairing(capacity, listed(scope, OFFERS, capacity, 0, PREVIEW),
                        listed(scope, NEEDS, capacity, 0, PREVIEW)))
                .toList();
        List<Exchange.Yours> yours = access.representedBy(user).stream().filter(MemberOrganization::active)
                .filter(o -> !o.needs().isEmpty())
                .map(o -> yours(o, user)).toList();
        return new Exchange(pairings, yours);
    }

    private Exchange.Yours yours(MemberOrganization organization, HarambeeUser user) {
        Scope others = Scope.seenBy(user, List.of(organization.id()));
        return new Exchange.Yours(organization.slug(), organization.name(), organization.needs().stream().sorted()
                .map(need -> new Exchange.Pairing(need, listed(others, OFFERS, need, 0, PREVIEW), null)).toList());
    }

    /** One page of the organizations offering a capacity, and one of those needing it. */
    Exchange.Pairing capacity(Capacity capacity, int offeringPage, int needingPage, HarambeeUser user) {
        Scope scope = Scope.seenBy(user);
        return new Exchange.Pairing(capacity, listed(scope, OFFERS, capacity, offeringPage, PAGE_SIZE),
                listed(scope, NEEDS, capacity, needingPage, PAGE_SIZE));
    }

    private Listed listed(Scope scope, String field, Capacity capacity, int page, int size) {
        int from = Math.min(Math.max(0, page), MAX_PAGE);
        SearchResult<Listed.Organization> result = IndexedOrganization.search(Search.session(entityManager))
                .select(f -> f.composite().from(f.field(SLUG, String.class), f.field(NAME, String.class))
                        .as(Listed.Organization::new))
                .where(f -> f.bool().must(scope.filter(f)).must(f.match().field(field).matching(capacity)))
                .sort(f -> f.field(NAME_SORT))
                .fetch(from * size, size);
        return new Listed(result.hits(), result.total().hitCount(), from, size);
    }
}
