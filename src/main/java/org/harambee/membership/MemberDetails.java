package org.harambee.membership;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.harambee.taxonomy.HumanRight;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;

/**
 * Everything about a member, for staff: the member with its profile, people, issue areas, rights and history, read
 * inside the transaction that loaded it. Exactly one of {@code organization} (with its {@code slug}) and
 * {@code individual} is set.
 */
public record MemberDetails(Facts member, String slug, OrganizationProfile organization, IndividualProfile individual,
        List<Contact> people, List<String> languages, List<IssueArea> issueAreas, List<HumanRight> rights,
        List<StatusChange> history) {

    static MemberDetails of(Member member, Taxonomy taxonomy) {
        Facts facts = Facts.of(member);
        if (member instanceof Organization organization) {
            return new MemberDetails(facts, organization.slug(), organization.profile(),
                    null, organization.people().stream().map(Contact::of).toList(),
                    organization.languages().stream().sorted().toList(),
                    taxonomy.issueAreasById(organization.issueAreas()), taxonomy.rights(organization.rights()),
                    member.history());
        }
        IndividualMember individual = (IndividualMember) member;
        return new MemberDetails(facts, null, null, individual.profile(), List.of(), List.of(),
                taxonomy.issueAreasById(individual.issueAreas()), List.of(), member.history());
    }

    /**
     * What every member has: its kind, name, contact, standing in the lifecycle (with the actions its status allows
     * now) and language.
     */
    public record Facts(Long id, MemberKind kind, String displayName, String contactName, String contactEmail,
            MembershipStatus status, Set<MembershipAction> allowed, LocalDate memberSince, LocalDate renewalDate,
            boolean foundingMember, String language) {

        static Facts of(Member member) {
            Set<MembershipAction> allowed = EnumSet.noneOf(MembershipAction.class);
            Arrays.stream(MembershipAction.values()).filter(member::allows).forEach(allowed::add);
            return new Facts(member.id(), member.kind(), member.displayName(), member.contactName(),
                    member.contactEmail(), member.status(), Set.copyOf(allowed), member.memberSince(),
                    member.renewalDate(), member.foundingMember(), member.language());
        }

        /** Whether the member's status allows this action now. */
        public boolean allows(MembershipAction action) {
            return allowed.contains(action);
        }
    }

    /** One of an organization's people, with the visibility chosen for each field and their roles. */
    public record Contact(Long id, PersonDetails details, boolean representative) {

        static Contact of(Person person) {
            return new Contact(person.id(), person.details(), person.representative());
        }
    }
}
