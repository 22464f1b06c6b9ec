package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.MapBindingResult;

/** What reserved seats ask of members (through {@link MemberRoll}), and the representatives of an organization. */
@IntegrationTest
class RepresentationFactsIntegrationTests {

    @Autowired
    MemberRoll roll;
    @Autowired
    MemberRegistry registry;
    @Autowired
    IndividualProfiles profiles;
    @Autowired
    IndividualMembers individuals;
    @Autowired
    OrganizationPages organizationPages;
    @Autowired
    MembershipFixtures fixtures;

    @Test
    void organizationsSayWhoTheyAreAndIndividualsWhetherTheyAreDirectlyAffected() {
        Organization grassroots = fixtures.organization(MembershipFixtures.unique("Seats Grassroots"),
                MembershipStatus.ACTIVE, false);
        OrganizationProfile advocacy = new OrganizationProfile(MembershipFixtures.unique("Seats Advocacy"),
                "We litigate.", OrganizationType.ADVOCACY, 2001, null, null, "Santa Fe", "NM", null, null, null,
                Set.of("en"), Set.of(fixtures.issueArea()), Set.of(), null, false, true, false, Set.of(), Set.of(),
                false);
        Organization led = fixtures.register(advocacy);
        String email = MembershipFixtures.uniqueEmail("affected");
        String name = MembershipFixtures.unique("Fannie Lou Hamer");
        HarambeeUser member = fixtures.individualMember(name, email);
        IndividualMember individual = individuals.findByEmail(email).orElseThrow();
        assertThat(individual.directlyAffected()).isFalse();

        assertThat(save(member, name, email, true)).contains(IndividualProfiles.Saved.APPLIED);
        assertThat(individuals.findByEmail(email).orElseThrow().directlyAffected()).isTrue();

        // a thousand unknown ids first: the members are found in a second query
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, 1000).map(n -> -n).boxed().toList());
        ids.addAll(List.of(grassroots.id(), led.id(), individual.id()));
        Map<Long, RepresentationFacts> facts = roll.representationFacts(ids);

        assertThat(facts).containsOnlyKeys(grassroots.id(), led.id(), individual.id());
        assertThat(facts.get(grassroots.id())).isEqualTo(new RepresentationFacts(grassroots.id(),
                MemberKind.ORGANIZATION, grassroots.name(), MembershipStatus.ACTIVE, true, true, false, "IL"));
        assertThat(facts.get(led.id())).isEqualTo(new RepresentationFacts(led.id(), MemberKind.ORGANIZATION,
                advocacy.name(), MembershipStatus.ACTIVE, false, true, false, "NM"));
        assertThat(facts.get(individual.id())).isEqualTo(new RepresentationFacts(individual.id(),
                MemberKind.INDIVIDUAL, name, MembershipStatus.ACTIVE, false, false, true, "MS"));

        assertThat(save(member, name, email, false)).contains(IndividualProfiles.Saved.APPLIED);
        assertThat(roll.representationFacts(List.of(individual.id())).get(individual.id()).directlyAffected())
                .isFalse();
        assertThat(roll.representationFacts(List.of())).isEmpty();
    }

    @Test
    void representativesAreTheAuthorizedPeopleWithAnAccountByName() {
        String name = MembershipFixtures.unique("Seats Represented");
        PersonDetails zora = person("zora Neale Hurston", true);
        PersonDetails ella = person("Ella Baker", false);
        PersonDetails bayard = person("Bayard Rustin", false);
        PersonDetails nobody = person("Not Yet Invited", false);
        Long id = registry.registerOrganizations(List.of(new OrganizationRegistration(fixtures.profile(name, false),
                List.of(zora, ella, bayard, nobody), new Standing(MembershipStatus.ACTIVE, false,
                        LocalDate.of(2010, 1, 15), LocalDate.now().plusYears(5)), "en"))).get(0);
        UUID zoraAccount = fixtures.account(Role.REPRESENTATIVE).accountId();
        UUID ellaAccount = fixtures.account(Role.REPRESENTATIVE).accountId();
        registry.linkRepresentative(zora.email(), zoraAccount);
        registry.linkRepresentative(ella.email(), ellaAccount);
        registry.linkRepresentative(bayard.email(), fixtures.account(Role.REPRESENTATIVE).accountId());
        Long bayardId = fixtures.loaded(id).people().stream().filter(p -> p.email().equals(bayard.email()))
                .findFirst().orElseThrow().id();
        organizationPages.deauthorize(id, bayardId, fixtures.account(Role.STAFF));

        assertThat(roll.representatives(id)).containsExactly(new Representative(ellaAccount, "Ella Baker"),
                new Representative(zoraAccount, "zora Neale Hurston"));

        String email = MembershipFixtures.uniqueEmail("individual");
        fixtures.individualMember(MembershipFixtures.unique("Ida B. Wells"), email);
        assertThat(roll.representatives(individuals.findByEmail(email).orElseThrow().id())).isEmpty();
        assertThat(roll.representatives(-1L)).isEmpty();
        assertThat(roll.representatives(null)).isEmpty();
    }

    /** Saves the member's own details as the fixture made them, saying whether they are directly affected. */
    private Optional<IndividualProfiles.Saved> save(HarambeeUser member, String name, String email,
            boolean directlyAffected) {
        IndividualProfile profile = new IndividualProfile(name, email, "Ruleville", "MS", Set.of(fixtures.issueArea()),
                null, false, null, null, null, directlyAffected);
        return profiles.update(member, profile, new MapBindingResult(new HashMap<>(), "form"));
    }

    private static PersonDetails person(String name, boolean primary) {
        return new PersonDetails(name, Visibility.MEMBERS, null, Visibility.MEMBERS,
                MembershipFixtures.uniqueEmail("person"), Visibility.MEMBERS, null, Visibility.STAFF, null,
                Visibility.STAFF, primary);
    }
}
