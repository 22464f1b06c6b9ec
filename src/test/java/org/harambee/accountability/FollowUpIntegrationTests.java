package org.harambee.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.library.LibrarySeeding;
import org.harambee.library.PublishedDocument;
import org.harambee.library.ResourceType;
import org.harambee.library.ResourceVisibility;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.Organization;
import org.harambee.search.SearchIndexes;
import org.harambee.workinggroups.GroupDraft;
import org.harambee.workinggroups.GroupKind;
import org.harambee.workinggroups.GroupSummary;
import org.harambee.workinggroups.GroupVisibility;
import org.harambee.workinggroups.JoiningRule;
import org.harambee.workinggroups.WorkingGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Member organizations adopt recommendations to the country and record assessments with evidence: who may do it
 * for whom, what each role reads (members-only evidence never reaches visitors: not on the page, not in the status
 * counted, not in the shadow report), and bad input answered at the field, changing nothing.
 */
@IntegrationTest
class FollowUpIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UprImporter importer;
    @Autowired
    SearchIndexes index;
    @Autowired
    FollowUp followUp;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingGroups groups;
    @Autowired
    LibrarySeeding library;

    private Organization organization;
    private HarambeeUser representative;
    private Long recommendation;

    @BeforeEach
    void aRepresentativeAndARecommendationToTheUnitedStates() {
        UprFiles.imported(importer, index, UprFiles.unitedStates());
        organization = fixtures.organization(MembershipFixtures.unique("Border Rights Project"), MembershipStatus.ACTIVE,
                true);
        representative = fixtures.representativeOf(organization);
        recommendation = jdbc.queryForObject("select r.id from recommendation r join recommendation_issue i on "
                + "i.recommendation_id = r.id where r.state_under_review = 'United States' and i.tag = 'Migrants' "
                + "order by (select count(*) from adoption a where a.recommendation_id = r.id), r.id limit 1",
                Long.class);
    }

    @Test
    void membersReadEveryAssessmentAndVisitorsOnlyThePublicOnes() throws Exception {
        String key = "organization-" + organization.id();
        MockHttpServletResponse adopted = send(post("/un/recommendations/" + recommendation + "/adoptions")
                .param("adopter", key), representative);
        assertThat(adopted.getRedirectedUrl()).isEqualTo("/un/recommendations/" + recommendation + "#follow-up");
        Long adoption = jdbc.queryForObject("select id from adoption where recommendation_id = ? and organization_id = ?",
                Long.class, recommendation, organization.id());

        String publicEvidence = MembershipFixtures.unique("Public evidence: detention numbers rose");
        String membersEvidence = MembershipFixtures.unique("Members-only evidence: names of three detainees");
        assess(adoption, "NOT_IMPLEMENTED", LocalDate.now().minusMonths(3), publicEvidence, "PUBLIC",
                "https://example.org/report");
        assess(adoption, "PARTIALLY_IMPLEMENTED", LocalDate.now().minusDays(2), membersEvidence, "MEMBERS", "");

        String visitor = page("/un/recommendations/" + recommendation, null);
        assertThat(visitor).contains(publicEvidence).doesNotContain(membersEvidence)
                .contains(organization.name()).contains("Not implemented").contains("https://example.org/report")
                .as("the person who assessed is named to members only").doesNotContain(representative.displayName());
        String member = page("/un/recommendations/" + recommendation, fixtures.account(Role.MEMBER));
        assertThat(member).contains(publicEvidence).contains(membersEvidence).contains("Partially implemented")
                .contains("Recorded by " + representative.displayName());

        assertThat(followUp.statuses(List.of(recommendation), null)).containsEntry(recommendation,
                TrackStatus.NOT_IMPLEMENTED);
        assertThat(followUp.statuses(List.of(recommendation), fixtures.account(Role.MEMBER)))
                .containsEntry(recommendation, TrackStatus.PARTIALLY_IMPLEMENTED);
        assertThat(page("/un/shadow-report/print?r=" + recommendation, null)).contains(publicEvidence)
                .doesNotContain(membersEvidence);
        assertThat(page("/un/shadow-report.csv?r=" + recommendation, null)).contains(publicEvidence)
                .doesNotContain(membersEvidence).doesNotContain(representative.displayName());
        assertThat(page("/un/shadow-report.csv?r=" + recommendation, representative)).contains(membersEvidence);

        assertThat(page("/api/v1/recommendations/" + recommendation, null)).contains(publicEvidence)
                .contains("\"status\":\"NOT_IMPLEMENTED\"").doesNotContain(membersEvidence)
                .doesNotContain(representative.displayName());
        assertThat(page("/api/v1/recommendations/" + recommendation, fixtures.account(Role.MEMBER)))
                .contains(membersEvidence).contains("\"status\":\"PARTIALLY_IMPLEMENTED\"");
        MockHttpServletResponse unknown = mvc.perform(get("/api/v1/recommendations/999999999999")).andReturn()
                .getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void stoppingAFollowUpRemovesItsAssessmentsOnlyOnceConfirmed() throws Exception {
        String key = "organization-" + organization.id();
        Adoption adoption = followUp.adopt(recommendation, key, representative);
        String withdraw = "/un/adoptions/" + adoption.id() + "/withdraw";

        MockHttpServletResponse unconfirmed = send(post(withdraw), representative);
        assertThat(unconfirmed.getRedirectedUrl()).isEqualTo("/un/recommendations/" + recommendation + "#notice");
        assertThat(jdbc.queryForObject("select count(*) from adoption where id = ?", Integer.class, adoption.id()))
                .isEqualTo(1);

        MockHttpServletResponse confirmed = send(post(withdraw).param("confirm", "yes"), representative);
        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/un/recommendations/" + recommendation + "#notice");
        assertThat(jdbc.queryForObject("select count(*) from adoption where id = ?", Integer.class, adoption.id()))
                .isZero();
    }

    @Test
    void onlyItsRepresentativesActForAnOrganizationAndAnotherMembersIdsDoNotWork() throws Exception {
        String key = "organization-" + organization.id();
        HarambeeUser stranger = fixtures.representativeOf(fixtures.organization(MembershipFixtures.unique("Other Org"),
                MembershipStatus.ACTIVE, true));
        assertThatThrownBy(() -> followUp.adopt(recommendation, key, stranger))
                .isInstanceOfSatisfying(TrackerRuleException.class, refused -> assertThat(refused.key())
                        .isEqualTo("accountability.adopt.notYours"));
        assertThat(send(post("/un/recommendations/" + recommendation + "/adoptions").param("adopter", key), null)
                .getRedirectedUrl()).endsWith("/login");

        Adoption adoption = followUp.adopt(recommendation, key, representative);
        assertThat(followUp.adopt(recommendation, key, representative).id()).isEqualTo(adoption.id());
        assertThat(send(post("/un/adoptions/" + adoption.id() + "/assessments").param("recommendation",
                String.valueOf(recommendation)).param("status", "IMPLEMENTED").param("assessedOn", "2024-01-02")
                .param("evidence", "Someone else's claim").param("visibility", "PUBLIC"), stranger).getStatus())
                .isEqualTo(404);
        assertThat(send(post("/un/adoptions/" + adoption.id() + "/withdraw").param("recommendation",
                String.valueOf(recommendation)), stranger).getStatus()).isEqualTo(404);
        assertThat(count(adoption.id())).isZero();

        Long otherCountry = jdbc.queryForObject("select min(id) from recommendation where state_under_review <> "
                + "'United States'", Long.class);
        if (otherCountry != null) {
            assertThatThrownBy(() -> followUp.adopt(otherCountry, key, representative))
                    .isInstanceOf(TrackerRuleException.class);
        }
    }

    @Test
    void aGroupsConvenersAdoptForItAndEveryoneTakingPartAssessesButNoOneElse() {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        GroupSummary group = groups.create(new GroupDraft(MembershipFixtures.unique("Detention Watch"),
                "Monitors immigration detention.", GroupKind.TASK_FORCE, GroupVisibility.MEMBERS, JoiningRule.OPEN,
                Set.of(), Set.of()), convener);
        HarambeeUser participant = fixtures.account(Role.MEMBER);
        groups.join(group.id(), participant);
        HarambeeUser outsider = fixtures.account(Role.MEMBER);
        String key = "group-" + group.id();

        assertThatThrownBy(() -> followUp.adopt(recommendation, key, participant))
                .isInstanceOf(TrackerRuleException.class);
        Adoption adoption = followUp.adopt(recommendation, key, convener);
        AssessmentDraft draft = new AssessmentDraft(AssessmentStatus.NOT_IMPLEMENTED, LocalDate.now().minusDays(1),
                "Visits to two facilities.", List.of(), Set.of(), AssessmentVisibility.MEMBERS);
        assertThat(followUp.assess(adoption.id(), draft, participant).madeByName())
                .isEqualTo(participant.displayName());
        assertThatThrownBy(() -> followUp.assess(adoption.id(), draft, outsider))
                .isInstanceOf(UnknownAdoptionException.class);
        assertThat(followUp.timeline(recommendation, null).followers())
                .filteredOn(f -> f.adoptionId().equals(adoption.id())).singleElement().satisfies(follower -> {
                    assertThat(follower.name()).as("a members-only group is not named to visitors").isNull();
                    assertThat(follower.entries()).as("members-only evidence").isEmpty();
                });
        assertThat(followUp.timeline(recommendation, outsider).followers())
                .filteredOn(f -> f.adoptionId().equals(adoption.id())).singleElement().satisfies(follower -> assertThat(follower.name()).isEqualTo(group.name()));
    }

    @Test
    void anAssessmentThatDoesNotHoldIsAnsweredAtItsFieldAndNothingIsRecorded() throws Exception {
        Adoption adoption = followUp.adopt(recommendation, "organization-" + organization.id(), representative);
        String future = assessPage(adoption.id(), "IMPLEMENTED", LocalDate.now().plusDays(3).toString(),
                "Evidence", "PUBLIC", "", "");
        assertThat(future).contains("The date cannot be in the future.").contains("aria-invalid=\"true\"");
        assertThat(assessPage(adoption.id(), "IMPLEMENTED", "2024-02-30", "Evidence", "PUBLIC", "", ""))
                .contains("field-error");
        assertThat(assessPage(adoption.id(), "IMPLEMENTED", "2024-02-03", "Evidence", "PUBLIC",
                "javascript:alert(1)", "")).contains("Each link must be a full web address");
        assertThat(assessPage(adoption.id(), "IMPLEMENTED", "2024-02-03", "  ", "PUBLIC", "", ""))
                .contains("Describe the evidence.");
        assertThat(assessPage(adoption.id(), "SOLVED", "2024-02-03", "Evidence", "PUBLIC", "", ""))
                .contains("field-error");
        assertThat(assessPage(adoption.id(), "IMPLEMENTED", "2024-02-03", "Evidence", "PUBLIC", "",
                "/library/999999999")).contains("One of these library resources does not exist");
        assertThat(assessPage(adoption.id(), "IMPLEMENTED", "2024-02-03", "Evidence", "PUBLIC", "",
                "not a resource")).contains("Each line must be the address of a library resource");
        assertThat(assessPage(adoption.id(), "IMPLEMENTED", "2024-02-03", "<script>alert(1)</script>", "PUBLIC",
                "", "")).isEmpty();
        assertThat(count(adoption.id())).isEqualTo(1);
        assertThat(page("/un/recommendations/" + recommendation, null)).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void aPublicAssessmentCitingEvidenceReadersMayNotReadLeavesItOutAndEveryPageStillAnswers() throws Exception {
        Adoption adoption = followUp.adopt(recommendation, "organization-" + organization.id(), representative);
        String evidence = MembershipFixtures.unique("Public finding on detention");
        assess(adoption.id(), "NOT_IMPLEMENTED", LocalDate.now().minusDays(4), evidence, "PUBLIC", "");
        String membersTitle = MembershipFixtures.unique("Members-only detention dossier");
        String groupTitle = MembershipFixtures.unique("Group-only detention notes");
        Long membersOnly = published(membersTitle, ResourceVisibility.MEMBERS, null);
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        GroupSummary group = groups.create(new GroupDraft(MembershipFixtures.unique("Detention Evidence"),
                "Collects evidence.", GroupKind.TASK_FORCE, GroupVisibility.MEMBERS, JoiningRule.OPEN, Set.of(),
                Set.of()), convener);
        Long groupOnly = published(groupTitle, ResourceVisibility.GROUP, group.id());
        Long assessment = jdbc.queryForObject("select id from assessment where adoption_id = ?", Long.class,
                adoption.id());
        jdbc.update("insert into assessment_resource (assessment_id, resource_id) values (?, ?), (?, ?)", assessment,
                membersOnly, assessment, groupOnly);

        HarambeeUser outsider = fixtures.account(Role.MEMBER);
        for (HarambeeUser reader : java.util.Arrays.asList(null, outsider, convener)) {
            assertThat(page("/un/shadow-report", reader)).as("the whole shadow report").contains("r-" + recommendation);
        }
        String api = "/api/v1/recommendations/" + recommendation;
        for (String path : List.of("/un/recommendations/" + recommendation, api,
                "/un/shadow-report/print?r=" + recommendation, "/un/shadow-report.csv?r=" + recommendation)) {
            String members = path.equals(api) ? "/library/" + membersOnly + "\"" : membersTitle;
            String groupMark = path.equals(api) ? "/library/" + groupOnly + "\"" : groupTitle;
            assertThat(page(path, null)).as(path).contains(evidence).doesNotContain(members).doesNotContain(groupMark);
            assertThat(page(path, outsider)).as(path).contains(evidence).contains(members).doesNotContain(groupMark);
            assertThat(page(path, convener)).as(path).contains(members).contains(groupMark);
        }
    }

    @Test
    void anAssessmentCitesOnlyEvidenceAtLeastAsVisibleAsItself() throws Exception {
        Adoption adoption = followUp.adopt(recommendation, "organization-" + organization.id(), representative);
        Long membersOnly = published(MembershipFixtures.unique("Members-only report"), ResourceVisibility.MEMBERS,
                null);
        Long open = published(MembershipFixtures.unique("Public report"), ResourceVisibility.PUBLIC, null);
        assertThat(assessPage(adoption.id(), "IMPLEMENTED", "2024-02-03", "Evidence", "PUBLIC", "",
                "/library/" + membersOnly)).contains("field-error").contains("id=\"resources-error\"")
                .contains("A public assessment can only cite public library resources");
        assertThat(count(adoption.id())).isZero();
        assertThat(send(post("/un/adoptions/" + adoption.id() + "/assessments").header("Accept-Language", "es")
                .param("recommendation", String.valueOf(recommendation)).param("status", "IMPLEMENTED")
                .param("assessedOn", "2024-02-03").param("evidence", "Evidencia").param("visibility", "PUBLIC")
                .param("resources", "/library/" + membersOnly), representative).getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8))
                .contains("Una evaluación pública solo puede citar recursos públicos de la biblioteca");
        assertThat(assessPage(adoption.id(), "IMPLEMENTED", "2024-02-03", "Evidence", "MEMBERS", "",
                "/library/" + membersOnly)).isEmpty();
        assertThat(assessPage(adoption.id(), "IMPLEMENTED", "2024-02-04", "Evidence", "PUBLIC", "",
                "/library/" + open)).isEmpty();
        assertThat(count(adoption.id())).isEqualTo(2);
    }

    @Test
    void aPageBeyondTheLastShowsTheLastPage() throws Exception {
        String beyond = page("/un/recommendations?issue=Migrants&page=400", null);
        assertThat(beyond).contains("Page ").contains("Details and follow-up")
                .doesNotContain("No recommendation matches");
    }

    @Test
    void theApiAnswersTheOrganizationsShapeAndProblemJsonForBadFilters() throws Exception {
        String json = page("/api/v1/recommendations?issue=Migrants&response=ACCEPTED&size=5", null);
        assertThat(json).contains("\"items\":[").contains("\"total\":").contains("\"facets\":{")
                .contains("\"stateUnderReview\":\"United States\"").contains("\"issues\":[");
        MockHttpServletResponse bad = mvc.perform(get("/api/v1/recommendations?response=MAYBE&session=x&colour=red"))
                .andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).startsWith("application/problem+json");
        assertThat(bad.getContentAsString()).contains("response=MAYBE").contains("session=x").contains("colour");
        assertThat(mvc.perform(get("/api/v1/recommendations?size=1000")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    private void assess(Long adoption, String status, LocalDate on, String evidence, String visibility, String links)
            throws Exception {
        MockHttpServletResponse saved = send(post("/un/adoptions/" + adoption + "/assessments")
                .param("recommendation", String.valueOf(recommendation)).param("status", status)
                .param("assessedOn", on.toString()).param("evidence", evidence).param("visibility", visibility)
                .param("links", links), representative);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/un/recommendations/" + recommendation + "#follow-up");
    }

    /** The page answered to an assessment, empty when it was recorded (a redirect). */
    private String assessPage(Long adoption, String status, String on, String evidence, String visibility,
            String links, String resources) throws Exception {
        MockHttpServletResponse answer = send(post("/un/adoptions/" + adoption + "/assessments")
                .param("recommendation", String.valueOf(recommendation)).param("status", status)
                .param("assessedOn", on).param("evidence", evidence).param("visibility", visibility)
                .param("links", links).param("resources", resources), representative);
        return answer.getRedirectedUrl() != null ? "" : answer.getContentAsString();
    }

    private Long published(String title, ResourceVisibility visibility, Long group) {
        Long id = library.addPublished(List.of(new PublishedDocument(title, "About " + title, ResourceType.REPORT,
                null, visibility == ResourceVisibility.GROUP ? ResourceVisibility.MEMBERS : visibility, Set.of("en"),
                List.of(), Set.of(), Set.of(), Set.of(), "report.txt", title.getBytes(
                java.nio.charset.StandardCharsets.UTF_8))), fixtures.account(Role.STAFF).accountId()).get(0);
        if (group != null) {
            jdbc.update("update resource set visibility = 'GROUP', group_id = ? where id = ?", group, id);
        }
        return id;
    }

    private int count(Long adoption) {
        return jdbc.queryForObject("select count(*) from assessment where adoption_id = ?", Integer.class, adoption);
    }

    private String page(String path, HarambeeUser who) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        MockHttpServletResponse response = mvc.perform(who == null ? request : request.with(user(who)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, HarambeeUser who) throws Exception {
        return mvc.perform(who == null ? request.with(csrf()) : request.with(user(who)).with(csrf())).andReturn()
                .getResponse();
    }
}
