package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.site.NetworkFacts;
import org.harambee.taxonomy.Taxonomy;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Registering members directly, in batches, all or nothing; linking representatives; the search index. */
@IntegrationTest
class MemberRegistryIntegrationTests {

    @Autowired
    MemberRegistry registry;
    @Autowired
    IndividualMembers individuals;
    @Autowired
    Taxonomy taxonomy;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MembershipFacts facts;
    @Autowired
    ApplicationReview review;

    @Autowired

    MembershipFixtures fixtures;

    /** A registration; without a renewal date it renews on the anniversary of 10 December 2003. */
    OrganizationRegistration registration(String name, MembershipStatus status, boolean founding,
            LocalDate renewalDate) {
        PersonDetails contact = new PersonDetails("Contact " + name, null, null, null,
                MembershipFixtures.uniqueEmail("c"), null, null, null, null, null, true);
        return new OrganizationRegistration(fixtures.profile(name, true), List.of(contact),
                new Standing(status, founding, LocalDate.of(2003, 12, 10), renewalDate), "en");
    }

    OrganizationRegistration registration(String name, MembershipStatus status, boolean founding) {
        return registration(name, status, founding, LocalDate.now().plusYears(5));
    }

    long countNamed(String prefix) {
        return jdbc.queryForObject("select count(*) from organization where name like ?", Long.class, prefix + "%");
    }

    @Test
    void aBatchOfOrganizationsIsStoredWithItsStandingAndIndexed() {
        String prefix = MembershipFixtures.unique("Batch");
        List<OrganizationRegistration> batch = new ArrayList<>(IntStream.range(0, MemberRegistry.FLUSH_EVERY + 20)
                .mapToObj(i -> registration(prefix + " " + i, MembershipStatus.ACTIVE, i % 10 == 0)).toList());
        batch.add(registration(prefix + " lapsed", MembershipStatus.LAPSED, false));
        batch.set(0, registration(prefix + " 0", MembershipStatus.ACTIVE, true, null));
        Authentication staff = new TestingAuthenticationToken(fixtures.account(Role.STAFF), null);
        long foundingBefore = facts.facts(staff).stream().filter(f -> f.labelKey().equals("membership.facts.founding"))
                .findFirst().orElseThrow().value();

        List<Long> ids = registry.registerOrganizations(batch);

        assertThat(ids).hasSize(batch.size()).doesNotHaveDuplicates();
        assertThat(countNamed(prefix)).isEqualTo(batch.size());
        Organization first = fixtures.loaded(ids.get(0));
        assertThat(first.foundingMember()).isTrue();
        assertThat(first.memberSince()).isEqualTo(LocalDate.of(2003, 12, 10));
        assertThat(first.renewalDate()).isAfterOrEqualTo(LocalDate.now()).hasMonth(java.time.Month.DECEMBER);
        assertThat(first.people()).hasSize(1);
        assertThat(first.issueAreas()).containsExactly(fixtures.issueArea());
        assertThat(fixtures.loaded(ids.get(ids.size() - 1)).status()).isEqualTo(MembershipStatus.LAPSED);
        assertThat(facts.facts(staff)).filteredOn(f -> f.labelKey().equals("membership.facts.founding"))
                .singleElement().extracting(NetworkFacts.Fact::value).isEqualTo(foundingBefore + 52);

        List<String> found = transactions.execute(status -> Search.session(entityManager).search(Organization.class)
                .where(f -> f.match().field("name").matching(prefix.substring(6)))
                .fetchHits(5).stream().map(Organization::name).toList());
        assertThat(found).isNotEmpty().allMatch(name -> name.startsWith(prefix));
    }

    @Test
    void anApplicantRegisteredDirectlyWaitsInTheReviewQueue() {
        String name = MembershipFixtures.unique("Pending Registered");
        long waiting = review.waiting();
        Long id = registry.registerOrganizations(List.of(registration(name, MembershipStatus.APPLICANT, false))).get(0);
        assertThat(review.waiting()).isEqualTo(waiting + 1);
        assertThat(fixtures.loaded(id).memberSince()).isNull();
        assertThat(jdbc.queryForObject("select status from membership_application where member_id = ?", String.class,
                id)).isEqualTo("SUBMITTED");
    }

    @Test
    void anInvalidRegistrationStopsTheWholeBatchAndSaysWhereAndWhy() {
        String prefix = MembershipFixtures.unique("Invalid");
        OrganizationRegistration good = registration(prefix + " good", MembershipStatus.ACTIVE, false);
        OrganizationRegistration duplicate = registration(prefix + " GOOD", MembershipStatus.ACTIVE, false);
        OrganizationRegistration noIssue = new OrganizationRegistration(new OrganizationProfile(prefix + " bad", "m",
                OrganizationType.OTHER, null, null, null, "Austin", "ZZ", null, null, null, Set.of(), Set.of(),
                Set.of(99), null, false, false, false, Set.of(), Set.of(), false), List.of(), new Standing(MembershipStatus.ACTIVE, false,
                LocalDate.now(), null), "en");

        assertThatThrownBy(() -> registry.registerOrganizations(List.of(good, duplicate, noIssue)))
                .isInstanceOfSatisfying(InvalidRegistrationException.class, e -> assertThat(e.problems())
                        .extracting(InvalidRegistrationException.Problem::toString)
                        .contains("row 1 name: membership.name.taken", "row 2 state: membership.state.unknown",
                                "row 2 issueAreas: NotEmpty", "row 2 rights: membership.choice.unknown",
                                "row 2: membership.people.required"));
        assertThat(countNamed(prefix)).isZero();

        registry.registerOrganizations(List.of(good));
        assertThatThrownBy(() -> registry.registerOrganizations(List.of(duplicate)))
                .isInstanceOf(InvalidRegistrationException.class);
    }

    @Test
    void registrationsAreCheckedWithoutBeingStoredAndEachProblemCarriesItsMessageArguments() {
        String prefix = MembershipFixtures.unique("Checked");
        OrganizationRegistration tooLong = registration(prefix + " " + "x".repeat(OrganizationProfile.NAME_MAX),
                MembershipStatus.ACTIVE, false);

        List<InvalidRegistrationException.Problem> problems = registry.checkOrganizations(
                List.of(registration(prefix + " fine", MembershipStatus.ACTIVE, false), tooLong));

        assertThat(problems).extracting(InvalidRegistrationException.Problem::row).containsOnly(1);
        assertThat(problems).filteredOn(problem -> "name".equals(problem.field())).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(1);
            assertThat(problem.field()).isEqualTo("name");
            assertThat(problem.message().getCodes()).contains("Size");
            assertThat(problem.message().getArguments()).contains(OrganizationProfile.NAME_MAX);
        });
        assertThat(countNamed(prefix)).isZero();
    }

    @Test
    void anUpdateReplacesTheProfileKeepsThePeopleAndIsFoundAgainByItsContactsAddress() {
        Organization organization = fixtures.organization(MembershipFixtures.unique("Updated"),
                MembershipStatus.ACTIVE, false);
        Organization other = fixtures.organization(MembershipFixtures.unique("Other"), MembershipStatus.ACTIVE, false);
        RegisteredOrganization registered = registry.registeredOrganizations().stream()
                .filter(each -> each.id().equals(organization.id())).findFirst().orElseThrow();
        assertThat(registered.email()).isEqualTo(organization.primaryContact().email());
        assertThat(registered.website()).isEqualTo("https://example.org");

        OrganizationProfile current = registry.profiles(OrganizationId.all(List.of(organization.id(), -1L))).get(organization.id());
        OrganizationProfile moved = new OrganizationProfile(current.name(), "We defend the right to water.",
                current.type(), current.yearFounded(), current.budget(), current.staffSize(), "Detroit", "MI", null,
                null, "https://water.example.org", current.languages(), current.issueAreas(), current.rights(),
                current.communitiesServed(), current.grassroots(), current.ledByDirectlyAffected(), true,
                current.offers(), current.needs(), current.openToPartners());
        OrganizationProfile renamedToOther = new OrganizationProfile(other.name(), current.mission(), current.type(),
                null, null, null, current.city(), current.state(), null, null, null, null, current.issueAreas(),
                null, null, false, false, false, null, null, false);

        assertThat(registry.checkUpdates(List.of(new OrganizationUpdate(organization.id(), renamedToOther),
                new OrganizationUpdate(-1L, moved)))).extracting(InvalidRegistrationException.Problem::toString)
                .containsExactly("row 0 name: membership.name.taken", "row 1: membership.organization.gone");
        List<Integer> progress = new ArrayList<>();
        registry.updateOrganizations(List.of(new OrganizationUpdate(organization.id(), moved)), progress::add);

        Organization updated = fixtures.loaded(organization.id());
        assertThat(updated.city()).isEqualTo("Detroit");
        assertThat(updated.mission()).isEqualTo("We defend the right to water.");
        assertThat(updated.listedPublicly()).isTrue();
        assertThat(updated.people()).extracting(Person::email).containsExactly(organization.primaryContact().email());
        assertThat(progress).containsExactly(1);
    }

    @Test
    void representativesAndIndividualMembersAreLinkedToTheirAccountsByEmail() {
        Organization o = fixtures.organization(MembershipFixtures.unique("Linked Org"), MembershipStatus.ACTIVE, false);
        HarambeeUser account = fixtures.account(Role.REPRESENTATIVE);
        assertThat(registry.linkRepresentative(o.primaryContact().email().toUpperCase(), account.accountId()))
                .isEqualTo(1);
        assertThat(fixtures.loaded(o.id()).isRepresentedBy(account.accountId())).isTrue();
        assertThat(registry.linkRepresentative("nobody-" + UUID.randomUUID() + "@example.org", account.accountId()))
                .isZero();

        String email = MembershipFixtures.uniqueEmail("individual");
        IndividualProfile profile = new IndividualProfile("Ida B. Wells", email, "Memphis", "TN",
                Set.of(fixtures.issueArea()), "Free Speech", true, null, null, null, false);
        registry.registerIndividuals(List.of(new IndividualRegistration(profile,
                new Standing(MembershipStatus.ACTIVE, true, LocalDate.of(2003, 12, 10), null), "en")));
        assertThatThrownBy(() -> registry.registerIndividuals(List.of(new IndividualRegistration(profile,
                new Standing(MembershipStatus.ACTIVE, false, LocalDate.now(), null), "en"))))
                .isInstanceOf(InvalidRegistrationException.class);
        assertThat(registry.linkIndividualMember(email, account.accountId())).isTrue();
        assertThat(individuals.findByEmail(email).orElseThrow().accountId()).isEqualTo(account.accountId());
    }
}
