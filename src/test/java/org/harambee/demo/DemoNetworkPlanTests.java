package org.harambee.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoNetworkPlanTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Map<String, Set<Integer>> AREAS = Map.of("housing", Set.of(25), "labor", Set.of(4, 23, 24),
            "immigration", Set.of(13, 14, 15), "health", Set.of(25), "education", Set.of(26));

    private List<DemoNetworkPlan.PlannedOrganization> organizations(int count) {
        DemoNetworkPlan plan = new DemoNetworkPlan(2003, AREAS, Map.of("TX", "Texas"));
        return IntStream.range(0, count).mapToObj(n -> plan.organization(n, TODAY)).toList();
    }

    @Test
    void theFirstSixtyAreTheFoundingMembersOfTenDecember2003() {
        List<DemoNetworkPlan.PlannedOrganization> network = organizations(200);
        assertThat(network.subList(0, 60)).allSatisfy(org -> {
            assertThat(org.founding()).isTrue();
            assertThat(org.memberSince()).isEqualTo(LocalDate.of(2003, 12, 10));
        });
        assertThat(network.subList(60, 200)).allSatisfy(org -> {
            assertThat(org.founding()).isFalse();
            assertThat(org.memberSince()).isAfter(LocalDate.of(2003, 12, 10)).isBefore(TODAY);
        });
    }

    @Test
    void theNetworkSpansEveryStateAndIssueAreaWithAMixOfStandings() {
        List<DemoNetworkPlan.PlannedOrganization> network = organizations(200);
        assertThat(network).extracting(DemoNetworkPlan.PlannedOrganization::state).containsAll(Places.BY_STATE.keySet());
        assertThat(network).flatExtracting(DemoNetworkPlan.PlannedOrganization::issueAreas).containsAll(AREAS.keySet());
        assertThat(network).extracting(DemoNetworkPlan.PlannedOrganization::standing)
                .contains(DemoNetworkPlan.Standing.values());
        assertThat(network).filteredOn(DemoNetworkPlan.PlannedOrganization::grassroots).hasSizeGreaterThan(20);
        assertThat(network).filteredOn(DemoNetworkPlan.PlannedOrganization::directlyAffectedLed).hasSizeGreaterThan(20);
        assertThat(network).allSatisfy(org -> {
            assertThat(org.people()).isNotEmpty();
            assertThat(org.people()).filteredOn(DemoNetworkPlan.PlannedPerson::primary).hasSize(1);
            assertThat(org.rights()).isNotEmpty();
        });
    }

    @Test
    void nothingPointsAtARealOrganizationOrPerson() {
        assertThat(organizations(300)).allSatisfy(org -> {
            assertThat(org.website()).endsWith(".example.org");
            assertThat(org.people()).allSatisfy(person -> {
                assertThat(person.email()).endsWith(".example.org");
                assertThat(person.phone()).matches("\\+1 \\d{3}-555-01\\d{2}");
            });
        });
    }

    @Test
    void namesAndEmailsStayUniqueAtBenchmarkScaleAndTheSameSeedGivesTheSameNetwork() {
        List<DemoNetworkPlan.PlannedOrganization> network = organizations(100_000);
        Set<String> names = new HashSet<>();
        Set<String> emails = new HashSet<>();
        network.forEach(org -> {
            assertThat(names.add(org.name().toLowerCase())).as(org.name()).isTrue();
            org.people().forEach(person -> assertThat(emails.add(person.email())).as(person.email()).isTrue());
            assertThat(org.name().length()).isLessThanOrEqualTo(200);
        });
        assertThat(organizations(50)).isEqualTo(network.subList(0, 50));
    }
}
