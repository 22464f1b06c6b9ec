package org.harambee.membership;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/**
 * A person of an organization and who may see each of their contact details. A missing visibility
 * means the default: members for name, title, pronouns and e-mail; staff only for the phone number.
 */
@NamedInterface(name = "api", propagate = false)
public record PersonDetails(
        @NotBlank @Size(max = NAME_MAX) String name, Visibility nameVisibility,
        @Size(max = TITLE_MAX) String title, Visibility titleVisibility,
        @Size(max = EMAIL_MAX) @Email(regexp = EMAIL_PATTERN) String email, Visibility emailVisibility,
        @Size(max = PHONE_MAX) @Pattern(regexp = PHONE_PATTERN) String phone, Visibility phoneVisibility,
        @Size(max = PRONOUNS_MAX) String pronouns, Visibility pronounsVisibility,
        boolean primaryContact) {

    public static final int NAME_MAX = 150;
    public static final int TITLE_MAX = 150;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 30;
    public static final int PRONOUNS_MAX = 40;
    /** Something@domain.tld: the standard check accepts addresses without a dot in the domain. */
    public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    public static final String PHONE_PATTERN = "\\+?[0-9][0-9 ().-]{5,24}([ ]?(x|ext\\.?)[ ]?[0-9]{1,6})?";

    public PersonDetails {
        nameVisibility = nameVisibility == null ? Visibility.MEMBERS : nameVisibility;
        titleVisibility = titleVisibility == null ? Visibility.MEMBERS : titleVisibility;
        emailVisibility = emailVisibility == null ? Visibility.MEMBERS : emailVisibility;
        phoneVisibility = phoneVisibility == null ? Visibility.STAFF : phoneVisibility;
        pronounsVisibility = pronounsVisibility == null ? Visibility.MEMBERS : pronounsVisibility;
    }
}
