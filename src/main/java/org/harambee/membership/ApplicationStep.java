package org.harambee.membership;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The organization application in five short pages instead of one long one, each the form's fields of one kind;
 * the answers so far are kept as a draft the applicant can come back to by its link ({@link ApplicationDrafts}).
 */
enum ApplicationStep {
    ABOUT("about", Set.of("name", "mission", "type", "yearFounded", "budget", "staffSize", "website")),
    WHERE("where", Set.of("city", "state", "zip", "country")),
    WORK("work", Set.of("issueAreas", "rights", "languages", "communitiesServed", "grassroots",
            "ledByDirectlyAffected")),
    EXCHANGE("exchange", Set.of("offers", "needs", "openToPartners", "listedPublicly")),
    CONTACT("contact", Set.of("people", "statement"));

    private final String slug;
    private final Set<String> fields;

    ApplicationStep(String slug, Set<String> fields) {
        this.slug = slug;
        this.fields = fields;
    }

    String slug() {
        return slug;
    }

    int number() {
        return ordinal() + 1;
    }

    boolean last() {
        return this == CONTACT;
    }

    ApplicationStep next() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    ApplicationStep previous() {
        return values()[Math.max(ordinal() - 1, 0)];
    }

    /** Whether a form field (such as {@code people[0].email}) is asked on this step. */
    boolean asks(String field) {
        return fields.contains(field.replaceAll("[\\[.].*", ""));
    }

    static Optional<ApplicationStep> ofSlug(String slug) {
        return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
    }

    /** The first step that asks one of these fields; the step itself when none does. */
    static ApplicationStep firstAsking(Iterable<String> fields, ApplicationStep otherwise) {
        for (ApplicationStep step : values()) {
            for (String field : fields) {
                if (step.asks(field)) {
                    return step;
                }
            }
        }
        return otherwise;
    }
}
