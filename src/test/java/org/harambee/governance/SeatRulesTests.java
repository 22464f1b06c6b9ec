package org.harambee.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.harambee.membership.MemberKind;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.RepresentationFacts;
import org.harambee.site.Refusal;
import org.junit.jupiter.api.Test;

/**
 * Who may stand for a reserved seat, read from the member's own profile: each criterion, all of them or any one,
 * the region, and combinations; and the thresholds a question passes by.
 */
class SeatRulesTests {

    private static final Set<String> STATES = Set.of("AL", "GA", "IL", "NY", "TX");

    private static RepresentationFacts organization(boolean grassroots, boolean affectedLed, String state) {
        return new RepresentationFacts(1L, MemberKind.ORGANIZATION, "Org", MembershipStatus.ACTIVE, grassroots,
                affectedLed, false, state);
    }

    private static RepresentationFacts individual(boolean affected, String state) {
        return new RepresentationFacts(2L, MemberKind.INDIVIDUAL, "Person", MembershipStatus.ACTIVE, false, false,
                affected, state);
    }

    private static SeatClass seats(boolean grassroots, boolean affectedLed, boolean affectedIndividual,
            boolean matchAll, String... states) {
        SeatClassForm form = new SeatClassForm();
        form.setNameEn("Seats");
        form.setSeats(1);
        form.setGrassroots(grassroots);
        form.setAffectedLed(affectedLed);
        form.setAffectedIndividual(affectedIndividual);
        form.setMatchAll(matchAll);
        form.setStates(List.of(states));
        return new SeatClass(1L, form, STATES, 1);
    }

    @Test
    void anOpenClassAdmitsEveryMember() {
        SeatClass open = seats(false, false, false, false);
        assertThat(open.open()).isTrue();
        assertThat(open.admits(organization(false, false, null))).isTrue();
        assertThat(open.admits(individual(false, "IL"))).isTrue();
    }

    @Test
    void eachCriterionReadsItsOwnFlagAndKindOfMember() {
        assertThat(seats(true, false, false, true).admits(organization(true, false, "IL"))).isTrue();
        assertThat(seats(true, false, false, true).admits(organization(false, true, "IL"))).isFalse();
        assertThat(seats(false, true, false, true).admits(organization(false, true, "IL"))).isTrue();
        assertThat(seats(false, false, true, true).admits(individual(true, "IL"))).isTrue();
        assertThat(seats(false, false, true, true).admits(individual(false, "IL"))).isFalse();
        assertThat(seats(false, false, true, true).admits(organization(true, true, "IL")))
                .as("an organization is never a directly-affected individual").isFalse();
        assertThat(seats(true, false, false, true).admits(individual(true, "IL")))
                .as("an individual is never a grassroots organization").isFalse();
    }

    @Test
    void allOfTheCriteriaOrAnyOneOfThem() {
        SeatClass both = seats(true, true, false, true);
        assertThat(both.admits(organization(true, true, "IL"))).isTrue();
        assertThat(both.admits(organization(true, false, "IL"))).isFalse();
        SeatClass either = seats(false, true, true, false);
        assertThat(either.admits(organization(false, true, "IL"))).isTrue();
        assertThat(either.admits(individual(true, "NY"))).isTrue();
        assertThat(either.admits(individual(false, "NY"))).isFalse();
    }

    @Test
    void aRegionAdmitsMembersBasedInItsStatesOnlyAndCombinesWithTheOtherCriteria() {
        SeatClass south = seats(false, false, false, true, "AL", "GA", "TX");
        assertThat(south.open()).isFalse();
        assertThat(south.states()).containsExactly("AL", "GA", "TX");
        assertThat(south.admits(organization(false, false, "GA"))).isTrue();
        assertThat(south.admits(individual(false, "IL"))).isFalse();
        assertThat(south.admits(organization(false, false, null))).as("no state, no region").isFalse();
        SeatClass southernGrassroots = seats(true, false, false, true, "AL", "GA");
        assertThat(southernGrassroots.admits(organization(true, false, "AL"))).isTrue();
        assertThat(southernGrassroots.admits(organization(false, false, "AL"))).isFalse();
        assertThat(southernGrassroots.admits(organization(true, false, "NY"))).isFalse();
    }

    @Test
    void aStateOutsideTheListIsRefusedAtItsField() {
        assertThatThrownBy(() -> seats(false, false, false, true, "ZZ")).isInstanceOf(Refusal.class)
                .extracting(thrown -> ((Refusal) thrown).field()).isEqualTo("states");
    }

    @Test
    void aQuestionPassesByItsThreshold() {
        assertThat(Threshold.MAJORITY.passes(6, 5)).isTrue();
        assertThat(Threshold.MAJORITY.passes(5, 5)).isFalse();
        assertThat(Threshold.TWO_THIRDS.passes(10, 5)).isTrue();
        assertThat(Threshold.TWO_THIRDS.passes(9, 5)).isFalse();
        assertThat(Threshold.TWO_THIRDS.passes(0, 0)).isFalse();
        assertThat(Threshold.MAJORITY.passes(0, 0)).isFalse();
    }
}
