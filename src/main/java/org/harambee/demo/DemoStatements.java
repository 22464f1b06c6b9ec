package org.harambee.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.identity.DemoAccounts;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MemberOrganization;
import org.harambee.membership.MemberRegistry;
import org.harambee.membership.OrganizationAccess;
import org.harambee.membership.OrganizationView;
import org.harambee.membership.RegisteredOrganization;
import org.harambee.site.Installation;
import org.harambee.workinggroups.statements.Delivery;
import org.harambee.workinggroups.statements.DeliveryMethod;
import org.harambee.workinggroups.statements.StatementSeeding;
import org.harambee.workinggroups.statements.StatementDraft;
import org.harambee.workinggroups.statements.StatementVisibility;
import org.harambee.workinggroups.statements.Statements;
import org.harambee.membership.OrganizationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo network's statements, seeded once after its working groups: an open public letter urging the Senate to
 * ratify CEDAW, signed by twenty member organizations (one through the demo representative) and two members; a
 * statement on conditions in immigration detention to the Department of Homeland Security, closed and delivered;
 * and a draft letter on the right to housing.
 */
@Component
@ConditionalOnProperty(name = "harambee.demo.enabled", havingValue = "true")
public class DemoStatements {

    private static final Logger log = LoggerFactory.getLogger(DemoStatements.class);
    private static final int OPEN_SIGNATURES = 19;
    private static final int DELIVERED_SIGNATURES = 14;
    /** The registered organizations looked at for signers, so a large demo network is not read whole. */
    private static final int CANDIDATES = 200;

    private static final StatementDraft CEDAW = new StatementDraft(
            "Ratify CEDAW now: a letter to the United States Senate",
            "Members of the United States Senate",
            """
            We, the undersigned organizations, urge the Senate to give its advice and consent to the ratification of \
            the **Convention on the Elimination of All Forms of Discrimination against Women** (CEDAW).

            The United States signed CEDAW in 1980. More than four decades later, it remains one of only a handful of \
            countries that have not ratified it. Ratification would not change our laws overnight; it would commit \
            the country to report on its progress and to answer, before the world, for the distance still to go.

            ## Why it matters to the communities we serve

            - Women working full time are still paid less than men, and the gap is widest for Black, Latina and \
            Native women.
            - Maternal mortality in the United States is higher than in any other high-income country.
            - Survivors of gender-based violence, immigrant women and women with disabilities too often meet closed \
            doors in housing, health care and the courts.

            ## What we ask

            1. That the Committee on Foreign Relations hold a hearing on CEDAW and report it to the full Senate.
            2. That the Senate ratify the Convention with the fewest reservations possible.
            3. That the administration prepare, with civil society, the first report the Convention requires.

            Human rights begin at home. Ratifying CEDAW tells every woman and girl in this country that her rights \
            are not negotiable.
            """,
            StatementVisibility.PUBLIC, true);

    private static final StatementDraft DETENTION = new StatementDraft(
            "Conditions in immigration detention must meet human rights standards",
            "The Secretary of Homeland Security, U.S. Department of Homeland Security",
            """
            Our organizations visit, represent and support people held in immigration detention across the country. \
            What we see is incompatible with the obligations of the United States under the **International \
            Covenant on Civil and Political Rights** and the **Convention against Torture**.

            People are held for months without adequate medical or mental health care. Solitary confinement is used \
            as punishment and as a substitute for care. Facilities far from cities make it nearly impossible for \
            families to visit and for lawyers to meet their clients. Children and parents are still held in custody.

            We call on the Department to:

            1. End the use of solitary confinement in immigration detention.
            2. Guarantee timely medical and mental health care, and publish every death in custody with its review.
            3. Guarantee confidential access to counsel, by visit, phone and video, in every facility.
            4. Use community-based alternatives to detention, beginning with families, children and people with \
            serious medical conditions.
            5. Open every facility to independent monitoring, including by the UN Special Rapporteur on the human \
            rights of migrants.

            Liberty is the rule; detention must be the exception, and never a place where rights end.
            """,
            StatementVisibility.PUBLIC, false);

    private static final StatementDraft HOUSING = new StatementDraft(
            "Housing is a human right: a letter to HUD",
            "The Secretary of Housing and Urban Development",
            """
            *Draft for the group's comments.*

            Article 25 of the Universal Declaration of Human Rights recognizes the right of everyone to adequate \
            housing. We ask the Department to adopt a human rights framework for its programs: no eviction into \
            homelessness, an end to the criminalization of people living unsheltered, and accessible, affordable \
            homes for people with disabilities.

            To do before opening it: add figures from our member organizations' local reports.
            """,
            StatementVisibility.MEMBERS, false);

    private final Statements statements;
    private final StatementSeeding seeding;
    private final MemberRegistry registry;
    private final OrganizationAccess organizations;
    private final DemoAccounts demoAccounts;
    private final Clock clock;
    private final ZoneId zone;

    DemoStatements(Statements statements, StatementSeeding seeding, MemberRegistry registry, OrganizationAccess organizations,
            DemoAccounts demoAccounts, Clock clock,
            Installation installation) {
        this.statements = statements;
        this.seeding = seeding;
        this.registry = registry;
        this.organizations = organizations;
        this.demoAccounts = demoAccounts;
        this.clock = clock;
        this.zone = installation.timeZone();
    }

    /**
     * Seeds the three statements, drafted and managed by {@code owner}: a convener of the working group
     * {@code groupId}, or, when it is null, a member of staff (the statements are then the network staff's).
     */
    public void seed(HarambeeUser owner, Long groupId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        HarambeeUser representative = demoAccounts.user(Role.REPRESENTATIVE);
        List<MemberOrganization> represented = organizations.representedBy(representative).stream()
                .filter(MemberOrganization::active).toList();
        Set<Long> representedIds = represented.stream().map(MemberOrganization::id).collect(Collectors.toSet());
        List<Long> signers = organizations.profiles(OrganizationId.all(registry.registeredOrganizations().stream()
                        .map(RegisteredOrganization::id).sorted().limit(CANDIDATES).toList()), null).stream()
                .filter(OrganizationView::active).map(OrganizationView::id)
                .filter(id -> !representedIds.contains(id)).toList();

        Long cedaw = statements.draft(groupId, CEDAW, owner);
        statements.open(cedaw, today.plusDays(45), owner);
        signers.stream().limit(OPEN_SIGNATURES).forEach(id -> seeding.seedSignature(cedaw, id));
        represented.stream().findFirst()
                .ifPresent(organization -> statements.sign(cedaw, organization.id(), false, representative));
        for (Role role : List.of(Role.MEMBER, Role.ADMIN)) {
            statements.sign(cedaw, null, false, demoAccounts.user(role));
        }

        Long detention = statements.draft(groupId, DETENTION, owner);
        statements.open(detention, today.plusDays(30), owner);
        signers.stream().skip(OPEN_SIGNATURES).limit(DELIVERED_SIGNATURES)
                .forEach(id -> seeding.seedSignature(detention, id));
        statements.close(detention, owner);
        statements.deliver(detention, new Delivery("Office of the Secretary, U.S. Department of Homeland "
                + "Security, with copies to the DHS Office for Civil Rights and Civil Liberties", DeliveryMethod.EMAIL,
                today), owner);

        statements.draft(groupId, HOUSING, owner);
        log.info("Demo statements seeded: one open, one delivered, one draft");
    }

}
