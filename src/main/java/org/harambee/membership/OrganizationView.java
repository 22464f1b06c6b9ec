package org.harambee.membership;

import java.time.LocalDate;
import java.util.List;
import org.harambee.taxonomy.HumanRight;
import org.harambee.taxonomy.IssueArea;

/**
 * An organization as one viewer may see it: every field the viewer may not see is null (or empty), so a
 * template cannot show it by mistake.
 */
public record OrganizationView(
        Long id, String slug, String name, boolean hasLogo, String mission, OrganizationType type,
        Integer yearFounded, BudgetBand budget, StaffSizeBand staffSize, String city, String stateCode, String state, String zip,
        String country, String website, List<String> languages, List<IssueArea> issueAreas, List<HumanRight> rights,
        String communitiesServed, boolean grassroots, boolean ledByDirectlyAffected, boolean foundingMember,
        LocalDate memberSince, MembershipStatus status, LocalDate renewalDate, Boolean listedPublicly,
        List<Capacity> offers, List<Capacity> needs, List<PersonView> people, List<StatusChange> history,
        boolean editable, boolean staff) {

    /** A person as the viewer may see them; hidden details are null. */
    public record PersonView(String name, String title, String email, String phone, String pronouns,
            boolean primaryContact, boolean representative) {
    }
}
