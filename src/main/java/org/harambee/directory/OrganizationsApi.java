package org.harambee.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harambee.directory.DirectoryQuery.Facet;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.Audience;
import org.harambee.membership.Capacity;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.OrganizationAccess;
import org.harambee.membership.OrganizationType;
import org.harambee.membership.OrganizationView;
import org.harambee.site.Installation;
import org.harambee.taxonomy.HumanRight;
import org.harambee.taxonomy.IssueArea;
import org.harambee.site.ApiRequests;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory as read-only JSON, version 1: the same search, facets and visibility as the directory page.
 * Visitors get public data; a personal API token (or a signed-in session) sees what its owner may see.
 * Values are the stable ones: issue areas by slug, rights by UDHR article number, states by postal code.
 */
@RestController
@RequestMapping(value = "/api/v1/organizations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Directory", description = "Member organizations, as the caller may see them")
class OrganizationsApi {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private final DirectorySearch search;
    private final DirectoryVocabulary vocabulary;
    private final OrganizationAccess profiles;
    private final String baseUrl;

    OrganizationsApi(DirectorySearch search, DirectoryVocabulary vocabulary, OrganizationAccess profiles,
            Installation installation) {
        this.search = search;
        this.vocabulary = vocabulary;
        this.profiles = profiles;
        this.baseUrl = installation.address();
    }

    /**
     * Organizations matching {@code q} and the filters, a page at a time, with every facet's counts. Filters:
     * issue, right, state, region, country, type, language, offer, need, grassroots, affected, founding (and
     * status, for staff); several values of one filter all apply; sort is relevance, name or newest.
     */
    @Operation(operationId = "listOrganizations", summary = "Search the directory", description = "Organizations the caller may see, a page at a time, "
            + "with the counts of every facet under the query.")
    @Parameters({
            @Parameter(name = "q", in = ParameterIn.QUERY, description = "Text: every word must appear in the name, mission, communities served or city (one typo tolerated).", schema = @Schema(type = "string")),
            @Parameter(name = "issue", in = ParameterIn.QUERY, description = "Issue area slug, e.g. housing; repeat for several (all must apply).", array = @ArraySchema(schema = @Schema(type = "string"))),
            @Parameter(name = "right", in = ParameterIn.QUERY, description = "UDHR article number 1 to 30; repeat for several (all must apply).", array = @ArraySchema(schema = @Schema(type = "integer", minimum = "1", maximum = "30"))),
            @Parameter(name = "state", in = ParameterIn.QUERY, description = "State or territory postal code, e.g. TX; repeat for either of several.", array = @ArraySchema(schema = @Schema(type = "string"))),
            @Parameter(name = "region", in = ParameterIn.QUERY, description = "NORTHEAST, MIDWEST, SOUTH, WEST or TERRITORIES.", array = @ArraySchema(schema = @Schema(type = "string"))),
            @Parameter(name = "country", in = ParameterIn.QUERY, description = "ISO 3166 country code of international allies, e.g. MX.", array = @ArraySchema(schema = @Schema(type = "string"))),
            @Parameter(name = "type", in = ParameterIn.QUERY, description = "Organization type, e.g. GRASSROOTS, ADVOCACY, LEGAL_SERVICES.", array = @ArraySchema(schema = @Schema(type = "string"))),
            @Parameter(name = "language", in = ParameterIn.QUERY, description = "Language code, e.g. es.", array = @ArraySchema(schema = @Schema(type = "string"))),
            @Parameter(name = "offer", in = ParameterIn.QUERY, description = "Capacity offered, e.g. LEGAL_EXPERTISE.", array = @ArraySchema(schema = @Schema(type = "string"))),
            @Parameter(name = "need", in = ParameterIn.QUERY, description = "Capacity needed, e.g. MEETING_SPACE.", array = @ArraySchema(schema = @Schema(type = "string"))),
            @Parameter(name = "grassroots", in = ParameterIn.QUERY, description = "true: grassroots organizations only.", schema = @Schema(type = "boolean")),
            @Parameter(name = "affected", in = ParameterIn.QUERY, description = "true: organizations led by directly affected people only.", schema = @Schema(type = "boolean")),
            @Parameter(name = "founding", in = ParameterIn.QUERY, description = "true: founding members only.", schema = @Schema(type = "boolean")),
            @Parameter(name = "status", in = ParameterIn.QUERY, description = "Membership status (staff only), e.g. LAPSED.", array = @ArraySchema(schema = @Schema(type = "string"))),
            @Parameter(name = "sort", in = ParameterIn.QUERY, description = "relevance (default with q), name (default without) or newest.", schema = @Schema(type = "string", allowableValues = {"relevance", "name", "newest"})),
            @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number from 0.", schema = @Schema(type = "integer", minimum = "0", defaultValue = "0")),
            @Parameter(name = "size", in = ParameterIn.QUERY, description = "Results per page, 1 to 100 (20 by default).", schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))})
    @GetMapping
    Results list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @AuthenticationPrincipal HarambeeUser user) {
        Audience audience = Audience.of(user);
        int size = ApiRequests.wholeNumber(parameters, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        int page = ApiRequests.wholeNumber(parameters, "page", 0, 0, DirectorySearch.MAX_RESULT / size);
        DirectoryQuery query = DirectoryQuery.of(parameters).onPage(page);
        check(parameters, audience);
        DirectoryResults results = search.search(query, audience, size);
        Map<Long, IssueArea> areas = vocabulary.current().issueAreasById();
        List<Item> items = results.entries().stream().map(entry -> new Item(entry.slug(), entry.name(),
                baseUrl + "/organizations/" + entry.slug(), entry.mission(), entry.type(), entry.city(), entry.state(),
                entry.country(), entry.issueAreas().stream().map(areas::get).filter(java.util.Objects::nonNull)
                        .map(IssueArea::slug).toList(), entry.rights(), entry.grassroots(),
                entry.ledByDirectlyAffected(), entry.foundingMember(), entry.memberSince(), entry.status()))
                .toList();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        results.counts().forEach((facet, counts) -> facets.put(facet.parameter(), counts));
        return new Results(items, results.total(), page, size, facets);
    }

    /** One organization, as the caller may see it; unknown or not visible to the caller: 404. */
    @Operation(operationId = "getOrganization", summary = "One organization", description = "The organization as the caller may see it; fields the "
            + "caller may not see are absent. Unknown, or not visible to the caller: 404 problem JSON.")
    @GetMapping("/{slug}")
    Profile one(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user) {
        OrganizationView o = profiles.profile(slug, user).orElseThrow(() -> ApiRequests.refusal(HttpStatus.NOT_FOUND,
                "No organization has the address '" + slug + "', or it is not visible to you."));
        return new Profile(o.slug(), o.name(), baseUrl + "/organizations/" + o.slug(), o.mission(), o.type(),
                o.yearFounded(), o.city(), o.stateCode(), o.country(), o.zip(), o.website(), o.languages(),
                o.issueAreas().stream().map(IssueArea::slug).toList(),
                o.rights().stream().map(HumanRight::article).toList(), o.communitiesServed(), o.grassroots(),
                o.ledByDirectlyAffected(), o.foundingMember(), o.memberSince(), o.offers(), o.needs(),
                o.budget() == null ? null : o.budget().name(), o.staffSize() == null ? null : o.staffSize().name(),
                o.people().stream().map(p -> new Person(p.name(), p.title(), p.email(), p.phone(), p.pronouns(),
                        p.primaryContact())).toList(), o.status());
    }

    /** Filter values must exist: an unknown one is a mistake the caller should hear about, not an empty list. */
    private void check(MultiValueMap<String, String> parameters, Audience audience) {
        List<String> problems = new ArrayList<>(search.unknown(facet -> facet.yesNo() ? List.of()
                : parameters.getOrDefault(facet.parameter(), List.of()).stream().map(String::strip).toList(),
                audience));
        for (Facet facet : Facet.values()) {
            List<String> yesNo = facet.yesNo() ? parameters.getOrDefault(facet.parameter(), List.of()) : List.of();
            for (String value : yesNo) {
                if (!"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
                    problems.add(facet.parameter() + "=" + value);
                }
            }
        }
        String sort = parameters.getFirst("sort");
        if (sort != null && DirectoryQuery.Sort.of(sort) == null) {
            problems.add("sort=" + sort);
        }
        if (!problems.isEmpty()) {
            throw ApiRequests.refusal(HttpStatus.BAD_REQUEST, "Unknown filter values: " + String.join(", ", problems)
                    + ". Issue areas go by slug, rights by UDHR article number (1 to 30), states by postal code.");
        }
        if (parameters.getOrDefault("q", List.of()).stream().anyMatch(q -> q.length() > DirectoryQuery.Q_MAX)) {
            throw ApiRequests.refusal(HttpStatus.BAD_REQUEST, "q is longer than " + DirectoryQuery.Q_MAX + " characters.");
        }
    }

    /** A page of organizations with the counts of every facet. */
    @Schema(name = "OrganizationPage")
    record Results(List<Item> items, long total, int page, int size, Map<String, Map<String, Long>> facets) {
    }

    /** An organization in a list: what every reader of the directory may see; a field not known is absent. */
    @Schema(name = "OrganizationSummary")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String slug, String name, String url, String mission, OrganizationType type, String city,
            String state, String country, List<String> issueAreas, List<Integer> rights, boolean grassroots,
            boolean ledByDirectlyAffected, boolean foundingMember, LocalDate memberSince, MembershipStatus status) {
    }

    /** One organization's profile: fields the caller may not see are absent; people only as far as cleared. */
    @Schema(name = "Organization")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Profile(String slug, String name, String url, String mission, OrganizationType type, Integer yearFounded,
            String city, String state, String country, String zip, String website, List<String> languages,
            List<String> issueAreas, List<Integer> rights, String communitiesServed, boolean grassroots,
            boolean ledByDirectlyAffected, boolean foundingMember, LocalDate memberSince, List<Capacity> offers,
            List<Capacity> needs, String budget, String staffSize, List<Person> people, MembershipStatus status) {
    }

    /** A person of the organization: each detail present only when cleared for the caller. */
    @Schema(name = "OrganizationPerson")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Person(String name, String title, String email, String phone, String pronouns, boolean primaryContact) {
    }
}
