package org.harambee.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.identity.DemoAccounts;
import org.harambee.identity.DemoAccounts.DemoAccount;
import org.harambee.identity.Role;
import org.harambee.membership.BudgetBand;
import org.harambee.membership.IndividualProfile;
import org.harambee.membership.IndividualRegistration;
import org.harambee.membership.MemberRegistry;
import org.harambee.membership.MembershipSeeding;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.OrganizationProfile;
import org.harambee.membership.OrganizationRegistration;
import org.harambee.membership.OrganizationType;
import org.harambee.membership.PersonDetails;
import org.harambee.membership.StaffSizeBand;
import org.harambee.membership.Standing;
import org.harambee.membership.Visibility;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.taxonomy.UsState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo network on first start of a demo installation: the demo accounts (one per role,
 * passwords printed once), 60 founding organizations and the rest of the network, individual
 * members, and a few applications waiting for review. Does nothing once the network has members.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "harambee.demo.enabled", havingValue = "true")
class DemoNetwork implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);
    private static final long SEED = 20031210L;
    private static final int BATCH = 1000;
    private static final int PENDING_APPLICATIONS = 12;
    private static final Standing APPLICANT = new Standing(MembershipStatus.APPLICANT, false, null, null);

    private final DemoAccounts demoAccounts;
    private final MemberRegistry registry;
    private final MembershipSeeding seeding;
    private final Taxonomy taxonomy;
    private final Clock clock;
    private final int organizations;
    private final int individuals;

    DemoNetwork(DemoAccounts demoAccounts, MemberRegistry registry, MembershipSeeding seeding, Taxonomy taxonomy,
            Clock clock, @Value("${harambee.demo.organizations}") int organizations,
            @Value("${harambee.demo.individuals}") int individuals) {
        this.demoAccounts = demoAccounts;
        this.registry = registry;
        this.seeding = seeding;
        this.taxonomy = taxonomy;
        this.clock = clock;
        this.organizations = organizations;
        this.individuals = individuals;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<Role, DemoAccount> accounts = demoAccounts.createOnce().stream()
                .collect(Collectors.toMap(DemoAccount::role, Function.identity()));
        if (seeding.hasMembers()) {
            return;
        }
        Instant started = clock.instant();
        seed(accounts);
        registry.compactSearchIndex();
        log.info("Demo network seeded: {} organizations and {} individual members in {} s", organizations, individuals,
                Duration.between(started, clock.instant()).toSeconds());
    }

    private void seed(Map<Role, DemoAccount> accounts) {
        List<IssueArea> areas = taxonomy.activeIssueAreas();
        Map<String, Long> areaIds = areas.stream().collect(Collectors.toMap(IssueArea::slug, IssueArea::id));
        DemoNetworkPlan plan = new DemoNetworkPlan(SEED,
                areas.stream().collect(Collectors.toMap(IssueArea::slug, IssueArea::rights)),
                taxonomy.states().stream().collect(Collectors.toMap(UsState::code, UsState::name)));
        LocalDate today = LocalDate.now(clock);
        String representative = accounts.get(Role.REPRESENTATIVE).email();
        String member = accounts.get(Role.MEMBER).email();

        List<OrganizationRegistration> batch = new ArrayList<>();
        int pending = 0;
        for (int n = 0; n < organizations; n++) {
            DemoNetworkPlan.PlannedOrganization planned = plan.organization(n, today);
            if (n == 0) {
                planned = asActive(planned, representative);
            }
            boolean applicant = planned.standing() == DemoNetworkPlan.Standing.APPLICANT && pending++ < PENDING_APPLICATIONS;
            batch.add(new OrganizationRegistration(profile(planned, areaIds), people(planned),
                    applicant ? APPLICANT : standing(planned, today),
                    planned.languages().contains("es") && n % 3 == 0 ? "es" : "en"));
            if (batch.size() == BATCH) {
                registry.registerOrganizations(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            registry.registerOrganizations(batch);
        }
        seeding.linkRepresentative(representative, accounts.get(Role.REPRESENTATIVE).accountId());

        List<IndividualRegistration> people = new ArrayList<>();
        for (int n = 0; n < individuals; n++) {
            DemoNetworkPlan.PlannedIndividual planned = plan.individual(n, today);
            String email = n == 0 ? member : planned.email();
            DemoNetworkPlan.Standing standing = n == 0 ? DemoNetworkPlan.Standing.ACTIVE : planned.standing();
            IndividualProfile profile = new IndividualProfile(planned.name(), email, planned.city(), planned.state(),
                    planned.issueAreas().stream().map(areaIds::get).collect(Collectors.toSet()), planned.affiliation(),
                    n == 0 || planned.visibleToMembers(), null, null, null, false);
            people.add(new IndividualRegistration(profile, standing == DemoNetworkPlan.Standing.APPLICANT ? APPLICANT
                    : standing(standing, false, planned.memberSince(), today), n % 4 == 0 ? "es" : "en"));
        }
        seeding.registerIndividuals(people);
        seeding.linkIndividualMember(member, accounts.get(Role.MEMBER).accountId());
    }

    private static DemoNetworkPlan.PlannedOrganization asActive(DemoNetworkPlan.PlannedOrganization planned,
            String representativeEmail) {
        List<DemoNetworkPlan.PlannedPerson> people = new ArrayList<>(planned.people());
        DemoNetworkPlan.PlannedPerson primary = people.get(0);
        people.set(0, new DemoNetworkPlan.PlannedPerson(primary.name(), primary.title(), representativeEmail,
                primary.phone(), primary.pronouns(), true, true));
        return new DemoNetworkPlan.PlannedOrganization(planned.name(), planned.mission(), planned.type(),
                planned.budgetBand(), planned.staffBand(), planned.yearFounded(), planned.city(), planned.state(),
                planned.zip(), planned.website(), planned.languages(), planned.issueAreas(), planned.rights(),
                planned.communities(), planned.grassroots(), planned.directlyAffectedLed(), planned.founding(),
                planned.memberSince(), DemoNetworkPlan.Standing.ACTIVE, true, people, planned.country(), planned.offers(),
                planned.needs(), true);
    }

    private static OrganizationProfile profile(DemoNetworkPlan.PlannedOrganization planned, Map<String, Long> areaIds) {
        return new OrganizationProfile(planned.name(), planned.mission(), OrganizationType.values()[planned.type()],
                planned.yearFounded(), BudgetBand.values()[planned.budgetBand()],
                StaffSizeBand.values()[planned.staffBand()], planned.city(), planned.state(), planned.zip(),
                planned.country(), planned.website(), planned.languages(),
                planned.issueAreas().stream().map(areaIds::get).collect(Collectors.toSet()), planned.rights(),
                planned.communities(), planned.grassroots(), planned.directlyAffectedLed(), planned.listedPublicly(),
                planned.offers(), planned.needs(), planned.openToPartners());
    }

    private static List<PersonDetails> people(DemoNetworkPlan.PlannedOrganization planned) {
        return planned.people().stream().map(DemoNetwork::contact).toList();
    }

    private static PersonDetails contact(DemoNetworkPlan.PlannedPerson person) {
        Visibility contact = person.primary() ? Visibility.PUBLIC : Visibility.MEMBERS;
        return new PersonDetails(person.name(), contact, person.title(), contact, person.email(), contact,
                person.phone(), Visibility.STAFF, person.pronouns(), Visibility.MEMBERS, person.primary());
    }

    private static Standing standing(DemoNetworkPlan.PlannedOrganization planned, LocalDate today) {
        return standing(planned.standing(), planned.founding(), planned.memberSince(), today);
    }

    /** An active member renews on its next anniversary; a lapsed one missed its renewal more than a grace period ago. */
    private static Standing standing(DemoNetworkPlan.Standing standing, boolean founding, LocalDate memberSince,
            LocalDate today) {
        LocalDate anniversary = memberSince.withYear(today.getYear());
        LocalDate next = anniversary.isAfter(today) ? anniversary : anniversary.plusYears(1);
        LocalDate missed = next.minusYears(1).isBefore(today.minusDays(45)) ? next.minusYears(1) : next.minusYears(2);
        boolean couldHaveLapsed = missed.isAfter(memberSince);
        return switch (standing) {
            case LAPSED -> couldHaveLapsed ? new Standing(MembershipStatus.LAPSED, founding, memberSince, missed)
                    : new Standing(MembershipStatus.ACTIVE, founding, memberSince, next);
            case SUSPENDED -> new Standing(MembershipStatus.SUSPENDED, founding, memberSince, next);
            case WITHDRAWN -> new Standing(MembershipStatus.WITHDRAWN, founding, memberSince, null);
            case ACTIVE, APPLICANT -> new Standing(MembershipStatus.ACTIVE, founding, memberSince, next);
        };
    }
}
