package org.harambee.membership;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks a profile before it is stored: the constraints declared on {@link OrganizationProfile},
 * {@link PersonDetails} and {@link IndividualProfile}, then the rules that need the database or the
 * vocabulary (a state from the list, issue areas still offered, a name no other organization uses).
 * Individuals are never shown to the public, so none of their details may be public.
 * Problems are reported on the given {@link Errors} with the paths of the profile's fields
 * ({@code name}, {@code people[0].email}), so a form shows each next to its field.
 */
@Component
class ProfileRules {

    private final SpringValidatorAdapter validator;
    private final Organizations organizations;
    private final IndividualMembers individuals;
    private final Clock clock;

    ProfileRules(Validator validator, Organizations organizations, IndividualMembers individuals, Clock clock) {
        this.validator = new SpringValidatorAdapter(validator);
        this.organizations = organizations;
        this.individuals = individuals;
        this.clock = clock;
    }

    /**
     * Checks an organization's profile and people (all but the uniqueness of its name). {@code existing} is the
     * organization being edited (its retired issue areas stay allowed), null for a new one.
     */
    void check(OrganizationProfile profile, List<PersonDetails> people, Organization existing, Vocabulary vocabulary,
            Errors errors) {
        validator.validate(profile, errors);
        if (profile.international()) {
            if (!Vocabulary.COUNTRIES.contains(profile.country())) {
                errors.rejectValue("country", "membership.country.unknown");
            }
        } else if (profile.state() == null || profile.state().isBlank()) {
            errors.rejectValue("state", "membership.state.required");
        } else if (!vocabulary.states().contains(profile.state())) {
            errors.rejectValue("state", "membership.state.unknown");
        }
        if (profile.yearFounded() != null && profile.yearFounded() > LocalDate.now(clock).getYear()) {
            errors.rejectValue("yearFounded", "membership.yearFounded.future");
        }
        if (!Vocabulary.LANGUAGES.containsAll(profile.languages())) {
            errors.rejectValue("languages", "membership.choice.unknown");
        }
        checkIssueAreas(profile.issueAreas(), existing == null ? Set.of() : existing.issueAreas(), vocabulary, errors);
        if (!vocabulary.rights().containsAll(profile.rights())) {
            errors.rejectValue("rights", "membership.choice.unknown");
        }
        checkPeople(people, errors);
    }

    /** Refuses a name another organization already uses (ignoring case, accents and punctuation). */
    void checkNameFree(OrganizationProfile profile, Organization existing, Errors errors) {
        if (profile.name() != null && !profile.name().isBlank() && !errors.hasFieldErrors("name")) {
            String key = OrganizationProfile.nameKeyOf(profile.name());
            boolean taken = existing == null ? organizations.existsByNameKey(key)
                    : organizations.existsByNameKeyAndIdNot(key, existing.id());
            if (taken) {
                errors.rejectValue("name", "membership.name.taken");
            }
        }
    }

    /** Checks each person; a null entry is a row being removed or left empty, and is skipped. */
    private void checkPeople(List<PersonDetails> people, Errors errors) {
        if (people.stream().allMatch(Objects::isNull)) {
            errors.reject("membership.people.required");
            return;
        }
        for (int i = 0; i < people.size(); i++) {
            PersonDetails person = people.get(i);
            if (person == null) {
                continue;
            }
            errors.pushNestedPath("people[" + i + "]");
            validator.validate(person, errors);
            if (person.primaryContact() && (person.email() == null || person.email().isBlank())
                    && !errors.hasFieldErrors("email")) {
                errors.rejectValue("email", "membership.email.primaryRequired");
            }
            errors.popNestedPath();
        }
        if (people.stream().filter(p -> p != null && p.primaryContact()).count() != 1) {
            errors.reject("membership.people.onePrimary");
        }
    }

    /** Checks an individual's profile; {@code existing} is the member being edited, null for a new one. */
    void check(IndividualProfile profile, IndividualMember existing, Vocabulary vocabulary, Errors errors) {
        validator.validate(profile, errors);
        Map.of("emailVisibility", profile.emailVisibility(), "locationVisibility", profile.locationVisibility(),
                "affiliationVisibility", profile.affiliationVisibility()).forEach((field, visibility) -> {
                    if (visibility == Visibility.PUBLIC) {
                        errors.rejectValue(field, "membership.individual.notPublic");
                    }
                });
        if (profile.state() != null && !profile.state().isBlank() && !vocabulary.states().contains(profile.state())) {
            errors.rejectValue("state", "membership.state.unknown");
        }
        checkIssueAreas(profile.issueAreas(), existing == null ? Set.of() : existing.issueAreas(), vocabulary, errors);
    }

    /**
     * Refuses an address an individual member already has, for staff registering members. Not for applications
     * nor a member's own change ({@link EmailConfirmations}), which must not tell whose address is on record.
     */
    void checkEmailFree(IndividualProfile profile, Errors errors) {
        if (profile.email() != null && !errors.hasFieldErrors("email")
                && individuals.existsByEmail(Person.normalizeEmail(profile.email()))) {
            errors.rejectValue("email", "membership.email.taken");
        }
    }

    private static void checkIssueAreas(Set<Long> chosen, Set<Long> alreadyOnRecord, Vocabulary vocabulary,
            Errors errors) {
        if (!errors.hasFieldErrors("issueAreas") && !chosen.stream()
                .allMatch(id -> vocabulary.activeIssueAreas().contains(id) || alreadyOnRecord.contains(id))) {
            errors.rejectValue("issueAreas", "membership.choice.unknown");
        }
    }
}
