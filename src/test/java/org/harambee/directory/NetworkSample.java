package org.harambee.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.harambee.membership.Capacity;
import org.harambee.membership.MemberRegistry;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.OrganizationProfile;
import org.harambee.membership.OrganizationRegistration;
import org.harambee.membership.OrganizationType;
import org.harambee.membership.PersonDetails;
import org.harambee.membership.Standing;
import org.harambee.membership.Visibility;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.stereotype.Component;

/**
 * A sample of the network for directory tests: organizations with random (seeded) profiles and standings,
 * all carrying one made-up word in their mission so a test can search its own sample in a shared database.
 */
@Component
class NetworkSample {

    static final List<String> STATES = List.of("TX", "CA", "NY", "IL", "PR", "DC");
    static final List<String> LANGUAGES = List.of("en", "es", "vi");

    private final MemberRegistry registry;
    private final Taxonomy taxonomy;

    NetworkSample(MemberRegistry registry, Taxonomy taxonomy) {
        this.registry = registry;
        this.taxonomy = taxonomy;
    }

    /** An organization as the sample made it, with what the directory should know of it. */
    record Member(Long id, String name, OrganizationProfile profile, MembershipStatus status, boolean founding) {
    }

    /** A word nobody else uses, to find a sample by. */
    static String marker() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    List<Member> register(String marker, int count, long seed) {
        Random random = new Random(seed);
        List<IssueArea> areas = taxonomy.activeIssueAreas().subList(0, 4);
        List<Member> members = new ArrayList<>();
        List<OrganizationRegistration> registrations = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String name = "Sample " + marker + " " + n + " " + UUID.randomUUID().toString().substring(0, 6);
            boolean abroad = random.nextInt(8) == 0;
            Set<Long> issueAreas = new TreeSet<>();
            issueAreas.add(areas.get(random.nextInt(areas.size())).id());
            if (random.nextBoolean()) {
                issueAreas.add(areas.get(random.nextInt(areas.size())).id());
            }
            Set<Integer> rights = new TreeSet<>();
            for (int i = random.nextInt(4); i >= 0; i--) {
                rights.add(List.of(2, 3, 19, 23, 25, 26).get(random.nextInt(6)));
            }
            Set<String> languages = new LinkedHashSet<>();
            LANGUAGES.forEach(language -> {
                if (random.nextInt(3) > 0) {
                    languages.add(language);
                }
            });
            Set<Capacity> offers = new TreeSet<>();
            if (random.nextBoolean()) {
                offers.add(Capacity.values()[random.nextInt(4)]);
            }
            Set<Capacity> needs = new TreeSet<>();
            if (random.nextBoolean()) {
                needs.add(Capacity.values()[random.nextInt(4)]);
            }
            OrganizationType type = OrganizationType.values()[random.nextInt(3)];
            OrganizationProfile profile = new OrganizationProfile(name,
                    "We work for human rights " + marker + " with our neighbours.", type, 2000, null, null,
                    abroad ? "Ciudad de México" : "Springfield", abroad ? null : STATES.get(random.nextInt(STATES.size())),
                    null, abroad ? "MX" : null, null, languages, issueAreas, rights, "Tenants", random.nextBoolean(),
                    random.nextBoolean(), random.nextInt(4) > 0, offers, needs, random.nextBoolean());
            MembershipStatus status = random.nextInt(5) == 0 ? MembershipStatus.LAPSED : MembershipStatus.ACTIVE;
            boolean founding = random.nextInt(4) == 0;
            PersonDetails contact = new PersonDetails("Contact " + n, Visibility.PUBLIC, "Director", Visibility.PUBLIC,
                    "contact-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", Visibility.MEMBERS,
                    "+1 312 555 0100", Visibility.STAFF, null, Visibility.MEMBERS, true);
            registrations.add(new OrganizationRegistration(profile, List.of(contact),
                    new Standing(status, founding, LocalDate.of(2010, 1, 15), LocalDate.now().plusYears(5)), "en"));
            members.add(new Member(null, name, profile, status, founding));
        }
        List<Long> ids = registry.registerOrganizations(registrations);
        List<Member> registered = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            registered.add(new Member(ids.get(i), m.name(), m.profile(), m.status(), m.founding()));
        }
        return registered;
    }
}
