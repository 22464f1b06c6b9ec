package org.harambee.membership;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * An individual member: who they are, where, what they work on, and their privacy choices. They appear to
 * other members only if they opt in ({@code listedForMembers}); even then each detail has its visibility
 * (a missing one means staff only for e-mail, members for location and affiliation). Whether they are
 * {@code directlyAffected} by the violations the network works on is seen by staff and election officers only, never
 * by other members: it decides who may stand for the seats reserved for directly affected people.
 */
@NamedInterface(name = "seeding", propagate = false)
public record IndividualProfile(
        @NotBlank @Size(max = PersonDetails.NAME_MAX) String name,
        @NotBlank @Size(max = PersonDetails.EMAIL_MAX) @Email(regexp = PersonDetails.EMAIL_PATTERN) String email,
        @NotBlank @Size(max = OrganizationProfile.CITY_MAX) String city,
        @NotBlank @Size(max = 2) String state,
        @NotEmpty Set<Long> issueAreas,
        @Size(max = AFFILIATION_MAX) String affiliation,
        boolean listedForMembers,
        Visibility emailVisibility,
        Visibility locationVisibility,
        Visibility affiliationVisibility,
        boolean directlyAffected) {

    public static final int AFFILIATION_MAX = 200;

    public IndividualProfile {
        issueAreas = issueAreas == null ? Set.of() : Set.copyOf(issueAreas);
        emailVisibility = emailVisibility == null ? Visibility.STAFF : emailVisibility;
        locationVisibility = locationVisibility == null ? Visibility.MEMBERS : locationVisibility;
        affiliationVisibility = affiliationVisibility == null ? Visibility.MEMBERS : affiliationVisibility;
    }

    /** The same profile with another e-mail address. */
    IndividualProfile withEmail(String address) {
        return new IndividualProfile(name, address, city, state, issueAreas, affiliation, listedForMembers,
                emailVisibility, locationVisibility, affiliationVisibility, directlyAffected);
    }
}
