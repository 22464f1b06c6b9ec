package org.harambee.directory.linkages;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Invitations;
import org.harambee.identity.Role;
import org.harambee.identity.SecondFactorFixtures;
import org.harambee.membership.Capacity;
import org.harambee.membership.MemberRegistry;
import org.harambee.membership.MembershipSeeding;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.OrganizationProfile;
import org.harambee.membership.OrganizationRegistration;
import org.harambee.membership.OrganizationType;
import org.harambee.membership.PersonDetails;
import org.harambee.membership.Standing;
import org.harambee.membership.Visibility;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Organizations and signed-in people for the linkage tests, made through membership's and identity's public APIs.
 * Names are unique (the database is shared), and start with a prefix that sorts them before other tests' records.
 */
@Component
record LinkagesFixtures(MemberRegistry registry, MembershipSeeding seeding, Invitations invitations, UserDetailsService accounts,
        Taxonomy taxonomy, JdbcTemplate jdbc, SecondFactorFixtures secondFactors) {

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    Long area(String slug) {
        return taxonomy.issueArea(slug).map(IssueArea::id).orElseThrow();
    }

    /** A member organization as the tests need it; the rest of its profile is ordinary. */
    String organization(String name, MembershipStatus status, boolean listedPublicly, boolean openToPartners,
            Set<Long> areas, Set<Integer> rights, String state, Set<Capacity> offers, Set<Capacity> needs) {
        OrganizationProfile profile = new OrganizationProfile(name, "We work for human rights in " + state + ".",
                OrganizationType.ADVOCACY, 2001, null, null, "Springfield", state, null, null, null, Set.of("en"),
                areas, rights, null, false, false, listedPublicly, offers, needs, openToPartners);
        PersonDetails contact = new PersonDetails("Contact of " + name, Visibility.MEMBERS, null, Visibility.MEMBERS,
                "contact-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", Visibility.STAFF, null,
                Visibility.STAFF, null, Visibility.STAFF, true);
        Standing standing = new Standing(status, false, LocalDate.of(2012, 3, 1), LocalDate.now().plusYears(5));
        registry.registerOrganizations(List.of(new OrganizationRegistration(profile, List.of(contact), standing, "en")));
        return jdbc.queryForObject("select slug from organization where name = ?", String.class, name);
    }

    Long idOf(String slug) {
        return jdbc.queryForObject("select id from organization where slug = ?", Long.class, slug);
    }

    /** A signed-in person with this role (a fresh account; an authenticator app when the role requires one). */
    HarambeeUser account(Role role) {
        String email = "linkages-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID account = invitations.invite(email, "Test " + role.name(), role, Locale.ENGLISH);
        canSignIn(account);
        secondFactors.asRolesRequire(account);
        return (HarambeeUser) accounts.loadUserByUsername(email);
    }

    /** The organization's primary contact, signed in as its representative. */
    HarambeeUser representativeOf(String slug) {
        String email = jdbc.queryForObject("select p.email from person p join organization o on p.organization_id = o.id"
                + " where o.slug = ? and p.primary_contact = true", String.class, slug);
        UUID account = invitations.invite(email, "Representative", Role.REPRESENTATIVE, Locale.ENGLISH);
        seeding.linkRepresentative(email, account);
        canSignIn(account);
        return (HarambeeUser) accounts.loadUserByUsername(email);
    }

    /** The password an invited person would choose; these tests sign in directly, so its hash is never checked. */
    private void canSignIn(UUID account) {
        jdbc.update("update account set password_hash = ?, password_changed_at = ? where id = ?",
                "{fixture}not-a-password", Timestamp.from(Instant.now()), account);
    }
}
