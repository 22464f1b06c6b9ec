package org.harambee.membership;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.taxonomy.HumanRight;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.taxonomy.UsState;

/**
 * The choices a profile may make, read once per request or per batch: issue areas offered for new choices,
 * states and territories, rights, countries, and the languages organizations work in.
 */
record Vocabulary(Set<Long> activeIssueAreas, Set<String> states, Set<Integer> rights) {

    /** Languages offered on profiles (ISO 639 codes; "ase" is American Sign Language). */
    static final List<String> LANGUAGES = List.of("en", "es", "ase", "ar", "zh", "fr", "ht", "hmn", "ko", "pt",
            "ru", "so", "tl", "vi", "nv", "yi", "pl", "fa", "hi", "ja", "de", "it", "am", "km");

    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    static Vocabulary of(Taxonomy taxonomy) {
        return new Vocabulary(
                taxonomy.activeIssueAreas().stream().map(IssueArea::id).collect(Collectors.toUnmodifiableSet()),
                taxonomy.states().stream().map(UsState::code).collect(Collectors.toUnmodifiableSet()),
                taxonomy.rights().stream().map(HumanRight::article).collect(Collectors.toUnmodifiableSet()));
    }
}
