package org.harambee.membership;

import java.util.List;
import org.harambee.taxonomy.HumanRight;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;

/**
 * Everything about a member, for staff: the member with its people, issue areas, rights and history, read
 * inside the transaction that loaded it. Exactly one of {@code organization} and {@code individual} is set.
 */
public record MemberDetails(Member member, Organization organization, IndividualMember individual,
        List<Person> people, List<String> languages, List<IssueArea> issueAreas, List<HumanRight> rights,
        List<StatusChange> history) {

    static MemberDetails of(Member member, Taxonomy taxonomy) {
        if (member instanceof Organization organization) {
            return new MemberDetails(member, organization, null, organization.people(),
                    organization.languages().stream().sorted().toList(),
                    taxonomy.issueAreasById(organization.issueAreas()), taxonomy.rights(organization.rights()),
                    member.history());
        }
        IndividualMember individual = (IndividualMember) member;
        return new MemberDetails(member, null, individual, List.of(), List.of(),
                taxonomy.issueAreasById(individual.issueAreas()), List.of(), member.history());
    }
}
