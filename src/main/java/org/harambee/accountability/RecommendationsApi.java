package org.harambee.accountability;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.accountability.RecommendationQuery.Facet;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.Installation;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.site.ApiRequests;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * UN recommendations as read-only JSON, version 1: the same search and facets as {@code /un/recommendations}, and
 * each recommendation with its follow-up. Recommendations are public, assessments as the caller may read them;
 * values are the stable ones (issue areas by slug, rights by UDHR article number).
 */
@RestController
@RequestMapping(value = "/api/v1/recommendations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "UN recommendations", description = "Recommendations UN mechanisms made, with facet counts")
class RecommendationsApi {

    private static final Set<String> KNOWN = java.util.stream.Stream.concat(
            java.util.Arrays.stream(Facet.values()).map(Facet::param), java.util.stream.Stream.of("q", "page", "size"))
            .collect(Collectors.toUnmodifiableSet());

    private final RecommendationSearch search;
    private final FollowUp followUp;
    private final Taxonomy taxonomy;
    private final String country;
    private final String baseUrl;

    RecommendationsApi(RecommendationSearch search, FollowUp followUp, Taxonomy taxonomy, TrackerSettings settings,
            Installation installation) {
        this.search = search;
        this.followUp = followUp;
        this.taxonomy = taxonomy;
        this.country = settings.country();
        this.baseUrl = installation.address();
    }

    @Operation(operationId = "listRecommendations", summary = "Search recommendations", description = "Recommendations matching the text and filters, a "
            + "page at a time, with the counts of every facet. Without state, the network's country is the state "
            + "under review; state= (empty) searches every state.")
    @Parameters({
            @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words that must all appear in the text; quotes keep phrases.", schema = @Schema(type = "string")),
            @Parameter(name = "state", in = ParameterIn.QUERY, description = "State under review, as UN documents name it, e.g. United States; repeat for either of several.", array = @ArraySchema(schema = @Schema(type = "string"))),
            @Parameter(name = "from", in = ParameterIn.QUERY, description = "Recommending state, e.g. Mexico.", array = @ArraySchema(schema = @Schema(type = "string"))),
            @Parameter(name = "region", in = ParameterIn.QUERY, description = "Regional group of the recommending state: Africa, Asia, EEG, GRULAC, WEOG.", array = @ArraySchema(schema = @Schema(type = "string"))),
            @Parameter(name = "session", in = ParameterIn.QUERY, description = "UPR session number, e.g. 9.", array = @ArraySchema(schema = @Schema(type = "integer", minimum = "1"))),
            @Parameter(name = "cycle", in = ParameterIn.QUERY, description = "UPR cycle number, e.g. 1.", array = @ArraySchema(schema = @Schema(type = "integer", minimum = "1"))),
            @Parameter(name = "response", in = ParameterIn.QUERY, description = "ACCEPTED or NOTED.", array = @ArraySchema(schema = @Schema(type = "string", allowableValues = {"ACCEPTED", "NOTED"}))),
            @Parameter(name = "action", in = ParameterIn.QUERY, description = "Action category 1 (least specific) to 5 (most specific).", array = @ArraySchema(schema = @Schema(type = "integer", minimum = "1", maximum = "5"))),
            @Parameter(name = "issue", in = ParameterIn.QUERY, description = "UPR issue tag, e.g. Migrants; repeat for several (all must apply).", array = @ArraySchema(schema = @Schema(type = "string"))),
            @Parameter(name = "area", in = ParameterIn.QUERY, description = "The network's issue area slug, e.g. immigration (all must apply).", array = @ArraySchema(schema = @Schema(type = "string"))),
            @Parameter(name = "right", in = ParameterIn.QUERY, description = "UDHR article number 1 to 30 (all must apply).", array = @ArraySchema(schema = @Schema(type = "integer", minimum = "1", maximum = "30"))),
            @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number from 0.", schema = @Schema(type = "integer", minimum = "0", defaultValue = "0")),
            @Parameter(name = "size", in = ParameterIn.QUERY, description = "Results per page, 1 to 100 (20 by default).", schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))})
    @GetMapping
    Results list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        int size = ApiRequests.wholeNumber(parameters, "size", RecommendationSearch.PAGE_SIZE, 1, RecommendationSearch.MAX_SIZE);
        int page = ApiRequests.wholeNumber(parameters, "page", 0, 0, RecommendationSearch.MAX_RESULT / size);
        check(parameters);
        RecommendationQuery asked = RecommendationQuery.of(parameters, country);
        RecommendationResults results = search.search(new RecommendationQuery(asked.q(), asked.chosen(), page), size);
        Map<Long, IssueArea> areas = areas();
        Map<Long, Recommendation> found = search.recommendations(results.hits().stream()
                .map(RecommendationResults.Hit::id).toList());
        List<Item> items = results.hits().stream().map(hit -> found.get(hit.id())).filter(java.util.Objects::nonNull)
                .map(r -> item(r, areas)).toList();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        results.counts().forEach((facet, counts) -> facets.put(facet.param(), counts));
        return new Results(items, results.total(), page, size, facets);
    }

    /**
     * One recommendation with its follow-up as the caller may read it: members (a signed-in session or a personal
     * API token) read every assessment and who made it, visitors the public ones; hidden adopters are not named.
     */
    @Operation(operationId = "getRecommendation", summary = "One recommendation", description = "The recommendation, where it stands for the caller, and "
            + "its follow-up by member organizations and working groups as the caller may read it. Unknown: 404 "
            + "problem JSON.")
    @GetMapping("/{id}")
    Detail one(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser user) {
        Recommendation found = search.recommendations(List.of(id)).get(id);
        if (found == null) {
            throw ApiRequests.refusal(HttpStatus.NOT_FOUND, "No recommendation has the id " + id + ".");
        }
        Timeline timeline = followUp.timeline(id, user);
        return new Detail(item(found, areas()), timeline.status(), timeline.followers().stream()
                .map(follower -> new Follower(follower.name(), follower.entries().stream()
                        .map(entry -> new Assessed(entry.status(), entry.assessedOn(), entry.evidence(), entry.links(),
                                entry.resources().stream().map(r -> baseUrl + "/library/" + r.id()).toList(),
                                entry.visibility(), entry.madeBy())).toList())).toList());
    }

    private Map<Long, IssueArea> areas() {
        return taxonomy.allIssueAreas().stream().collect(Collectors.toMap(IssueArea::id, area -> area));
    }

    private Item item(Recommendation r, Map<Long, IssueArea> areas) {
        return new Item(r.id(), baseUrl + "/un/recommendations/" + r.id(), r.session(), r.cycle(), r.stateUnderReview(),
                r.underReviewRegion(), r.recommendingState(), r.recommendingRegion(), r.text(), r.response(),
                r.action(), r.issues().stream().sorted().toList(), r.issueAreas().stream().map(areas::get)
                        .filter(java.util.Objects::nonNull).map(IssueArea::slug).sorted().toList(),
                r.rights().stream().sorted().toList());
    }

    /** Unknown parameters and values that name nothing are mistakes the caller should hear about. */
    private void check(MultiValueMap<String, String> parameters) {
        List<String> problems = new ArrayList<>();
        parameters.keySet().stream().filter(name -> !KNOWN.contains(name)).forEach(name -> problems.add(name));
        for (Facet facet : Facet.values()) {
            for (String value : parameters.getOrDefault(facet.param(), List.of())) {
                if (value.length() > RecommendationQuery.MAX_VALUE || (value.isBlank() && facet != Facet.STATE)) {
                    problems.add(facet.param() + "=" + value);
                }
            }
        }
        problems.addAll(RecommendationSearch.facets(search.areas()).chosen(facet -> parameters
                .getOrDefault(facet.param(), List.of()).stream().filter(value -> !value.isBlank()
                        && value.length() <= RecommendationQuery.MAX_VALUE).map(String::strip).toList()).ignored());
        if (!problems.isEmpty()) {
            throw ApiRequests.refusal(HttpStatus.BAD_REQUEST, "Unknown parameters or values: " + String.join(", ", problems)
                    + ". Sessions, cycles and actions are numbers, response is ACCEPTED or NOTED, areas go by slug, "
                    + "rights by UDHR article number (1 to 30).");
        }
        if (parameters.getOrDefault("q", List.of()).stream().anyMatch(q -> q.length() > RecommendationQuery.MAX_Q)) {
            throw ApiRequests.refusal(HttpStatus.BAD_REQUEST, "q is longer than " + RecommendationQuery.MAX_Q + " characters.");
        }
    }

    /** A page of recommendations with the counts of every facet. */
    @Schema(name = "RecommendationPage")
    record Results(List<Item> items, long total, int page, int size, Map<String, Map<String, Long>> facets) {
    }

    /** One recommendation, where it stands for the caller, and who follows it up. */
    @Schema(name = "RecommendationDetail")
    record Detail(Item recommendation, TrackStatus status, List<Follower> followers) {
    }

    /** An adopter (its name null when hidden from the caller) and its assessments the caller may read. */
    @Schema(name = "RecommendationFollower")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Follower(String name, List<Assessed> assessments) {
    }

    /** An assessment; {@code madeBy} only for members. */
    @Schema(name = "RecommendationAssessment")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Assessed(AssessmentStatus status, java.time.LocalDate assessedOn, String evidence, List<String> links,
            List<String> libraryResources, AssessmentVisibility visibility, String madeBy) {
    }

    /** One recommendation; a field not known (an action category, a region) is absent. */
    @Schema(name = "Recommendation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(Long id, String url, int session, int cycle, String stateUnderReview, String underReviewRegion,
            String recommendingState, String recommendingRegion, String text, Response response, Integer action,
            List<String> issues, List<String> issueAreas, List<Integer> rights) {
    }
}
