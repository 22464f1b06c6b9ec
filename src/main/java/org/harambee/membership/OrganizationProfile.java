package org.harambee.membership;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * What an organization says about itself: the profile it applies with and later edits. A United States
 * organization gives a city and state (and optionally a ZIP code); an international ally gives a city and a
 * country instead ({@code country} is an ISO 3166 code, empty for the United States). It lists the capacities
 * it offers other members and those it needs, and whether it wants to be suggested as a partner. An organization of
 * the grassroots kind is grassroots: the two answers cannot disagree (an organization of another kind, such as a
 * faith-based or legal one, may be grassroots too).
 */
@NamedInterface(name = "api", propagate = false)
public record OrganizationProfile(
        @NotBlank @Size(max = NAME_MAX) String name,
        @NotBlank @Size(max = MISSION_MAX) String mission,
        @NotNull OrganizationType type,
        @Min(FIRST_YEAR) Integer yearFounded,
        BudgetBand budget,
        StaffSizeBand staffSize,
        @NotBlank @Size(max = CITY_MAX) String city,
        @Size(max = 2) String state,
        @Pattern(regexp = "\\d{5}(-\\d{4})?") String zip,
        @Pattern(regexp = "[A-Z]{2}") String country,
        @Size(max = WEBSITE_MAX) @Pattern(regexp = "https?://[^\\s/?#@]+\\.[^\\s/?#@]+([/?#]\\S*)?") String website,
        Set<String> languages,
        @NotEmpty Set<Long> issueAreas,
        Set<Integer> rights,
        @Size(max = COMMUNITIES_MAX) String communitiesServed,
        boolean grassroots,
        boolean ledByDirectlyAffected,
        boolean listedPublicly,
        Set<Capacity> offers,
        Set<Capacity> needs,
        boolean openToPartners) {

    public static final int NAME_MAX = 200;
    public static final int MISSION_MAX = 2000;
    public static final int CITY_MAX = 100;
    public static final int WEBSITE_MAX = 300;
    public static final int COMMUNITIES_MAX = 1000;
    public static final int FIRST_YEAR = 1800;

    public OrganizationProfile {
        grassroots = grassroots || type == OrganizationType.GRASSROOTS;
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        issueAreas = issueAreas == null ? Set.of() : Set.copyOf(issueAreas);
        rights = rights == null ? Set.of() : Set.copyOf(rights);
        offers = offers == null ? Set.of() : Set.copyOf(offers);
        needs = needs == null ? Set.of() : Set.copyOf(needs);
    }

    /** Whether the organization is based outside the United States. */
    public boolean international() {
        return country != null && !country.isBlank() && !"US".equals(country);
    }

    /** The form of a name that must be unique: case, accents, spacing and punctuation do not count. */
    public static String nameKeyOf(String name) {
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
