package org.harambee.directory.linkages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harambee.membership.Capacity;
import org.harambee.taxonomy.StateBorders;
import org.junit.jupiter.api.Test;

/** The partner formula and its reasons, and how alike two organizations are. */
class SuggestionTests {

    static final long HOUSING = 5;
    static final long LABOR = 6;
    static final long HEALTH = 3;

    final Places places = new Places(StateBorders.load(),
            Map.of("IL", "MIDWEST", "IN", "MIDWEST", "OH", "MIDWEST", "CA", "WEST", "PR", "TERRITORIES", "GU",
                    "TERRITORIES"));

    static long ids = 100;

    static Profile profile(String name, Set<Long> areas, Set<Integer> rights, String state) {
        return new Profile(ids++, name.toLowerCase().replace(' ', '-'), name, rights, areas, state, null, false, false,
                Set.of("en"), Set.of(), Set.of());
    }

    final Profile seed = profile("Tenants Union", Set.of(HOUSING), Set.of(22, 23, 25), "CA");

    @Test
    void aCrossIssueMatchRanksAboveASameIssueMatchWithAsManySharedRights() {
        Profile crossIssue = profile("Workers Center", Set.of(LABOR), Set.of(22, 23, 25), "CA");
        Profile sameIssue = profile("Housing Now", Set.of(HOUSING), Set.of(22, 23, 25), "CA");
        List<Suggestion> best = Suggestion.best(seed, List.of(sameIssue, crossIssue), places, 10);
        assertThat(best).extracting(s -> s.partner().name()).containsExactly("Workers Center", "Housing Now");
        Suggestion cross = best.get(0);
        assertThat(cross.reasons().get(0)).isEqualTo(new Reason(Reason.Kind.CROSS_ISSUE_RIGHTS, 15, List.of(22, 23, 25)));
        assertThat(best.get(1).reasons()).extracting(Reason::kind)
                .containsSubsequence(Reason.Kind.SHARED_RIGHTS, Reason.Kind.SHARED_ISSUE_AREAS);
        assertThat(cross.points()).isEqualTo(15 + Suggestion.SAME_STATE);
        assertThat(best.get(1).points()).isEqualTo(9 + 1 + Suggestion.SAME_STATE);
    }

    @Test
    void theOrganizationItselfIsNeverSuggested() {
        assertThat(Suggestion.best(seed, List.of(seed), places, 10)).isEmpty();
    }

    @Test
    void leadershipLanguageOrRegionAloneDoNotMakeAPartner() {
        Profile unrelated = new Profile(ids++, "far", "Far Away", Set.of(3), Set.of(HEALTH), "OH", null, true, true,
                Set.of("en", "es"), Set.of(), Set.of());
        Profile seedInIllinois = new Profile(ids++, "s", "Seed", Set.of(25), Set.of(HOUSING), "IL", null, false, false,
                Set.of("es"), Set.of(), Set.of());
        assertThat(Suggestion.of(seedInIllinois, unrelated, places).linked()).isFalse();
        assertThat(Suggestion.best(seedInIllinois, List.of(unrelated), places, 10)).isEmpty();
    }

    @Test
    void everyReasonAddsItsPoints() {
        Profile needy = new Profile(ids++, "n", "Needs Help", Set.of(25), Set.of(HOUSING), "IL", null, false, false,
                Set.of("en", "es"), Set.of(), Set.of(Capacity.LEGAL_EXPERTISE, Capacity.MEETING_SPACE));
        Profile helper = new Profile(ids++, "h", "Helper", Set.of(), Set.of(), "IN", null, true, true,
                Set.of("en", "es"), Set.of(Capacity.LEGAL_EXPERTISE, Capacity.MEETING_SPACE, Capacity.RESEARCH),
                Set.of());
        Suggestion suggestion = Suggestion.of(needy, helper, places);
        assertThat(suggestion.reasons()).extracting(Reason::kind).containsExactly(Reason.Kind.OFFERS_WHAT_YOU_NEED,
                Reason.Kind.NEIGHBOURING_STATE, Reason.Kind.LED_BY_DIRECTLY_AFFECTED, Reason.Kind.GRASSROOTS,
                Reason.Kind.LANGUAGE);
        assertThat(suggestion.points()).isEqualTo(2 * 2 + 2 + 1 + 1 + 1);
        assertThat(suggestion.reasons().get(4).subjects()).isEqualTo(List.of("es"));
        assertThat(suggestion.linked()).isTrue();
    }

    @Test
    void theSameRegionCountsButTheTerritoriesAreNotARegion() {
        Profile inOhio = profile("Ohio Group", Set.of(LABOR), Set.of(25), "OH");
        Profile inIllinois = profile("Illinois Group", Set.of(HOUSING), Set.of(25), "IL");
        assertThat(places.nearness(inIllinois, inOhio)).map(Reason::kind).contains(Reason.Kind.SAME_REGION);
        Profile inPuertoRico = profile("Boricua", Set.of(LABOR), Set.of(25), "PR");
        Profile inGuam = profile("Guam Group", Set.of(HOUSING), Set.of(25), "GU");
        assertThat(places.nearness(inPuertoRico, inGuam)).isEmpty();
    }

    @Test
    void similarityIsSymmetricAndCountsRightsAndIssueAreasTogether() {
        Profile one = profile("One", Set.of(HOUSING, LABOR), Set.of(22, 25), "CA");
        Profile two = profile("Two", Set.of(HOUSING), Set.of(25, 26), "CA");
        assertThat(one.similarity(two)).isEqualTo(two.similarity(one)).isEqualTo(2.0 / 5);
        assertThat(Neighbour.nearest(one, List.of(two, one), 3)).extracting(n -> n.organization().name())
                .containsExactly("Two");
    }

    @Test
    void neighbouringStatesAreNeighboursFromBothSides() {
        Profile inIllinois = profile("Illinois", Set.of(HOUSING), Set.of(25), "IL");
        Profile inIndiana = profile("Indiana", Set.of(HOUSING), Set.of(25), "IN");
        assertThat(places.nearness(inIllinois, inIndiana)).isEqualTo(places.nearness(inIndiana, inIllinois)
                .map(r -> new Reason(r.kind(), r.points(), List.of("IN"))));
    }
}
