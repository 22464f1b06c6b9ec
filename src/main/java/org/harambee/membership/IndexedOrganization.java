package org.harambee.membership;

import org.hibernate.search.engine.search.common.NonStaticMetamodelScope;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.dsl.SearchQuerySelectStep;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.search.loading.dsl.SearchLoadingOptionsStep;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.modulith.NamedInterface;

/**
 * The organization search index as other capabilities read it: the names of its fields, a search over it, and
 * who may see which organization in it. Membership owns the index (its mapping is on {@link Organization}); the
 * directory and its linkages search it through this class only, and a contract test pins every field here to
 * the index's own description.
 */
@NamedInterface(name = "api", propagate = false)
public final class IndexedOrganization {

    /** Address name (projectable keyword). */
    public static final String SLUG = "slug";
    /** Name, as full text (projectable). */
    public static final String NAME = "name";
    /** Name, normalized for sorting. */
    public static final String NAME_SORT = "name_sort";
    /** Mission, English analysis (projectable); {@link #MISSION_ES} Spanish; {@link #MISSION_WORDS} words as typed. */
    public static final String MISSION = "mission";
    public static final String MISSION_ES = "mission_es";
    public static final String MISSION_WORDS = "mission_words";
    /** Communities served, in the three analyses of the mission. */
    public static final String COMMUNITIES = "communitiesServed";
    public static final String COMMUNITIES_ES = "communitiesServed_es";
    public static final String COMMUNITIES_WORDS = "communitiesServed_words";
    /** {@link OrganizationType}, aggregable. */
    public static final String TYPE = "type";
    /** City, as full text (projectable). */
    public static final String CITY = "city";
    /** Two-letter state code, aggregable. */
    public static final String STATE = "stateCode";
    /** ISO country code, aggregable. */
    public static final String COUNTRY = "country";
    /** Issue area ids ({@code Long}), aggregable. */
    public static final String ISSUE_AREAS = "issueAreas";
    /** UDHR article numbers ({@code Integer}), aggregable. */
    public static final String RIGHTS = "rights";
    /** Language codes, aggregable. */
    public static final String LANGUAGES = "languages";
    /** What the organization offers and needs ({@link Capacity}), aggregable. */
    public static final String OFFERS = "offers";
    public static final String NEEDS = "needs";
    /** Booleans, aggregable. */
    public static final String GRASSROOTS = "grassroots";
    public static final String LED_BY_DIRECTLY_AFFECTED = "ledByDirectlyAffected";
    public static final String FOUNDING_MEMBER = "foundingMember";
    /** Date it became a member (sortable, projectable). */
    public static final String MEMBER_SINCE = "memberSince";
    /** {@link MembershipStatus}, aggregable. */
    public static final String STATUS = "status";
    /** Whether it is in the public directory, and whether it may be suggested as a partner. */
    public static final String LISTED_PUBLICLY = "listedPublicly";
    public static final String OPEN_TO_PARTNERS = "openToPartners";

    private IndexedOrganization() {
    }

    /** A search over every organization in the index; add {@link #visibleTo} to what it asks. */
    public static SearchQuerySelectStep<NonStaticMetamodelScope, ?, EntityReference, ?, SearchLoadingOptionsStep, ?, ?>
            search(SearchSession session) {
        return session.search(Organization.class);
    }

    /** The organization index as a scope, for searches built from its factories (the directory's faceted search). */
    public static SearchScope<?> scope(SearchSession session) {
        return session.scope(Organization.class);
    }

    /** The organizations this audience may know of (see {@link Audience}). */
    public static PredicateFinalStep visibleTo(SearchPredicateFactory f, Audience audience) {
        return switch (audience) {
            case VISITOR -> f.bool().must(f.match().field(STATUS).matching(MembershipStatus.ACTIVE))
                    .must(f.match().field(LISTED_PUBLICLY).matching(true));
            case MEMBER -> f.match().field(STATUS).matching(MembershipStatus.ACTIVE);
            case STAFF -> f.matchAll();
        };
    }
}
