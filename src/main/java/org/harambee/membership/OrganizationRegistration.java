package org.harambee.membership;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A command to record an organization directly, with a known standing: how a data import or a demo seeder
 * creates members without the application and review. {@code language} ("en", "es") is the language its
 * membership e-mail is written in.
 */
@NamedInterface(name = "api", propagate = false)
public record OrganizationRegistration(OrganizationProfile profile, List<PersonDetails> people, Standing standing,
        String language) {

    public OrganizationRegistration {
        people = people == null ? List.of() : List.copyOf(people);
        language = language == null ? "en" : language;
    }
}
