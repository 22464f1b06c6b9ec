package org.harambee.membership;

import org.springframework.modulith.NamedInterface;

/** A command to record an individual member directly, with a known standing (see {@link OrganizationRegistration}). */
@NamedInterface(name = "seeding", propagate = false)
public record IndividualRegistration(IndividualProfile profile, Standing standing, String language) {

    public IndividualRegistration {
        language = language == null ? "en" : language;
    }
}
