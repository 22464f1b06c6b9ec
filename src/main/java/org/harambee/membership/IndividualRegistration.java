package org.harambee.membership;

/** A command to record an individual member directly, with a known standing (see {@link OrganizationRegistration}). */
public record IndividualRegistration(IndividualProfile profile, Standing standing, String language) {

    public IndividualRegistration {
        language = language == null ? "en" : language;
    }
}
