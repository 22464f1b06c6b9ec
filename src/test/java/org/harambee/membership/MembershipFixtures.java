package org.harambee.membership;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Invitations;
import org.harambee.identity.Role;
import org.harambee.identity.SecondFactorFixtures;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members and signed-in people for integration tests, made through the public APIs: accounts through an
 * invitation, organizations through the registry. Every name and address is unique, as the database is shared,
 * and renewal dates lie years ahead, so the renewal job that other tests run on a moved clock leaves them alone.
 */
@Component
public record MembershipFixtures(MemberRegistry registry, MembershipSeeding seeding, Invitations invitations, UserDetailsService accounts,
        Organizations organizations, Taxonomy taxonomy, TransactionTemplate transactions,
        SecondFactorFixtures secondFactors) {

    /** Every answer of an organization's application, as its form sends them. */
    public static Map<String, String> organizationApplication(String name, String email, Long issueArea) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("mission", "We organize tenants for the right to adequate housing.");
        form.put("type", "GRASSROOTS");
        form.put("yearFounded", "1998");
        form.put("budget", "UNDER_50K");
        form.put("city", "Chicago");
        form.put("state", "IL");
        form.put("zip", "60601");
        form.put("country", "US");
        form.put("website", "tenants.example.org");
        form.put("issueAreas", String.valueOf(issueArea));
        form.put("rights", "25");
        form.put("languages", "es");
        form.put("communitiesServed", "Tenants and unhoused people");
        form.put("grassroots", "true");
        form.put("people[0].name", "María López");
        form.put("people[0].email", email);
        form.put("people[0].phone", "+1 312 555 0100");
        form.put("people[0].emailVisibility", "MEMBERS");
        form.put("statement", "We want to work with others on housing.");
        return form;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /**
     * A signed-in person with this role (a fresh account), with an authenticator app when the role requires a second
     * factor.
     */
    public HarambeeUser account(Role role) {
        String email = uniqueEmail(role.name().toLowerCase(Locale.ROOT));
        UUID account = invitations.invite(email, "Test " + role.name(), role, Locale.ENGLISH);
        canSignIn(account);
        secondFactors.asRolesRequire(account);
        return (HarambeeUser) accounts.loadUserByUsername(email);
    }

    /** The signed-in representative of an organization (an account linked to its primary contact). */
    public HarambeeUser representativeOf(Organization organization) {
        String email = organization.primaryContact().email();
        UUID account = invitations.invite(email, organization.primaryContact().name(), Role.REPRESENTATIVE,
                Locale.ENGLISH);
        registry.linkRepresentative(email, account);
        canSignIn(account);
        return (HarambeeUser) accounts.loadUserByUsername(email);
    }

    /** The signed-in account of an active individual member with this name and address, in Mississippi. */
    public HarambeeUser individualMember(String name, String email) {
        IndividualProfile profile = new IndividualProfile(name, email, "Ruleville", "MS", Set.of(issueArea()), null,
                false, null, null, null, false);
        registry.registerIndividuals(List.of(new IndividualRegistration(profile,
                new Standing(MembershipStatus.ACTIVE, false, LocalDate.now().minusMonths(2), null), "en")));
        HarambeeUser account = account(Role.MEMBER);
        registry.linkIndividualMember(email, account.accountId());
        return account;
    }

    /**
     * Gives an invited account a password, as accepting the invitation would (identity's own tests cover that
     * page), so that its sessions count as signed in. The hash is never checked: these tests sign in directly.
     */
    private void canSignIn(UUID account) {
        DataSource dataSource = ((JpaTransactionManager) transactions.getTransactionManager()).getDataSource();
        new JdbcTemplate(dataSource).update("update account set password_hash = ?, password_changed_at = ? where id = ?",
                "{fixture}not-a-password", Timestamp.from(Instant.now()), account);
    }

    public Long issueArea() {
        return taxonomy.activeIssueAreas().stream().map(IssueArea::id).findFirst().orElseThrow();
    }

    public OrganizationProfile profile(String name, boolean listedPublicly) {
        return new OrganizationProfile(name, "We defend the right to housing.", OrganizationType.GRASSROOTS, 1999,
                BudgetBand.FROM_50K_TO_250K, StaffSizeBand.ONE_TO_FIVE, "Chicago", "IL", "60601", null,
                "https://example.org", Set.of("en", "es"), Set.of(issueArea()), Set.of(25), "Tenants", true, true,
                listedPublicly, Set.of(), Set.of(), false);
    }

    /** An organization with one person whose details have the given visibilities (name, title, email, phone, pronouns). */
    public Organization organization(String name, MembershipStatus status, boolean listedPublicly, Visibility... visibility) {
        Visibility[] v = visibility.length == 5 ? visibility : new Visibility[] {Visibility.PUBLIC, Visibility.PUBLIC,
                Visibility.MEMBERS, Visibility.STAFF, Visibility.STAFF};
        PersonDetails person = new PersonDetails("Contact of " + name, v[0], "Director of " + name, v[1],
                uniqueEmail("contact"), v[2], "+1 312 555 0100", v[3], "they/them", v[4], true);
        return register(profile(name, listedPublicly), person, status);
    }

    /** An active organization with this profile, and a contact whose name is public. */
    public Organization register(OrganizationProfile profile) {
        return register(profile, new PersonDetails("Contact of " + profile.name(), Visibility.PUBLIC, null,
                Visibility.PUBLIC, uniqueEmail("contact"), Visibility.MEMBERS, null, Visibility.STAFF, null,
                Visibility.STAFF, true), MembershipStatus.ACTIVE);
    }

    private Organization register(OrganizationProfile profile, PersonDetails person, MembershipStatus status) {
        Standing standing = new Standing(status, false, LocalDate.of(2010, 1, 15), LocalDate.now().plusYears(5));
        Long id = registry.registerOrganizations(List.of(new OrganizationRegistration(profile, List.of(person),
                standing, "en"))).get(0);
        return loaded(id);
    }

    /** An organization as stored now, with its people loaded. */
    public Organization loaded(Long id) {
        return transactions.execute(status -> {
            Organization organization = organizations.findById(id).orElseThrow();
            organization.people().forEach(Person::details);
            organization.history();
            organization.issueAreas();
            return organization;
        });
    }
}
