package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.harambee.IntegrationTest;
import org.harambee.TestSmtp;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** Applying, the staff's review, and what every decision leaves behind: member, e-mail, history, audit. */
@IntegrationTest
class ApplicationIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipApplications applications;
    @Autowired
    Members members;
    @Autowired
    IndividualMembers individuals;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    Taxonomy taxonomy;
    @Autowired
    TransactionTemplate transactions;

    @Autowired

    MembershipFixtures fixtures;
    HarambeeUser staff;

    @BeforeEach
    void setUp() {
        staff = fixtures.account(Role.STAFF);
    }

    Map<String, String> organizationForm(String name, String email) {
        return MembershipFixtures.organizationApplication(name, email, fixtures.issueArea());
    }


    static MockHttpServletRequestBuilder posted(String url, Map<String, String> form) {
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        form.forEach((name, value) -> {
            if (value != null) {
                request.param(name, value);
            }
        });
        return request;
    }

    MembershipApplication applicationNamed(String name) {
        return transactions.execute(status -> applications.findAll().stream().filter(a -> a.name().equals(name))
                .findFirst().orElseThrow());
    }

    Long memberOf(String applicationName) {
        return transactions.execute(status -> applicationNamed(applicationName).member().id());
    }

    boolean applied(String name) {
        return jdbc.queryForObject("select count(*) from membership_application where name = ?", Long.class, name) > 0;
    }

    List<MimeMessage> mailTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void anOrganizationAppliesIsApprovedAndItsContactIsInvitedAsRepresentative() throws Exception {
        String name = MembershipFixtures.unique("Tenants United");
        String email = MembershipFixtures.uniqueEmail("maria");
        mvc.perform(posted("/apply/organization", organizationForm(name, email)))
                .andExpect(redirectedUrl("/apply/submitted"));
        MembershipApplication application = applicationNamed(name);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        greenMail.waitForIncomingEmail(5000, 1);
        assertThat(mailTo(email)).singleElement().satisfies(mail ->
                assertThat(mail.getSubject()).contains("We received your application"));

        mvc.perform(get("/staff/applications").with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/staff/applications/" + application.id()).with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("We organize tenants")));
        mvc.perform(post("/staff/applications/" + application.id() + "/approve").param("note", "Welcome!")
                        .with(user(staff)).with(csrf()))
                .andExpect(redirectedUrl("/staff/applications/" + application.id()));

        greenMail.waitForIncomingEmail(5000, 2);
        assertThat(mailTo(email)).hasSize(2).last().satisfies(invitation ->
                assertThat(GreenMailUtil.getBody(invitation)).contains("/invitation/"));
        Organization organization = fixtures.loaded(memberOf(name));
        assertThat(organization.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(organization.memberSince()).isEqualTo(LocalDate.now());
        assertThat(organization.renewalDate()).isEqualTo(LocalDate.now().plusYears(1));
        assertThat(organization.website()).isEqualTo("https://tenants.example.org");
        assertThat(organization.listedPublicly()).isFalse();
        Person contact = organization.primaryContact();
        assertThat(contact.representative()).isTrue();
        assertThat(contact.accountId()).isNotNull();
        assertThat(organization.history()).extracting(StatusChange::action, StatusChange::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MembershipAction.APPLIED, email),
                        org.assertj.core.groups.Tuple.tuple(MembershipAction.APPROVED, staff.email()));
        HarambeeUser representative = (HarambeeUser) accounts.loadUserByUsername(email);
        assertThat(representative.has(Role.REPRESENTATIVE)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'membership.approved'"
                + " and subject = ? and actor = ?", Long.class, name, staff.email())).isEqualTo(1);

        mvc.perform(get("/staff/members/" + organization.id()).with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Welcome!")))
                .andExpect(content().string(containsString(staff.email())));
        mvc.perform(post("/staff/applications/" + application.id() + "/decline").param("reason", "Changed our mind")
                        .with(user(staff)).with(csrf()))
                .andExpect(redirectedUrl("/staff/applications/" + application.id()));
        assertThat(applicationNamed(name).status()).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void anIndividualAppliesInSpanishAndIsApprovedAsAMember() throws Exception {
        String email = MembershipFixtures.uniqueEmail("lucia");
        String name = MembershipFixtures.unique("Lucía Hernández");
        mvc.perform(post("/apply/individual").with(csrf()).header("Accept-Language", "es")
                        .param("name", name).param("email", email).param("city", "El Paso").param("state", "TX")
                        .param("issueAreas", String.valueOf(fixtures.issueArea())).param("listedForMembers", "true")
                        .param("directlyAffected", "true"))
                .andExpect(redirectedUrl("/apply/submitted"));
        greenMail.waitForIncomingEmail(5000, 1);
        assertThat(mailTo(email)).singleElement().satisfies(mail ->
                assertThat(mail.getSubject()).contains("Recibimos su solicitud"));
        MembershipApplication application = applicationNamed(name);
        mvc.perform(post("/staff/applications/" + application.id() + "/approve").with(user(staff)).with(csrf()));
        IndividualMember member = individuals.findByEmail(email).orElseThrow();
        assertThat(member.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(member.accountId()).isNotNull();
        assertThat(member.emailVisibility()).isEqualTo(Visibility.STAFF);
        assertThat(member.directlyAffected()).isTrue();
        assertThat(((HarambeeUser) accounts.loadUserByUsername(email)).has(Role.MEMBER)).isTrue();
        greenMail.waitForIncomingEmail(5000, 2);
        assertThat(mailTo(email)).hasSize(2);

        String someoneElse = MembershipFixtures.unique("Someone else");
        MvcResult known = individualApplication(someoneElse, email);
        MvcResult fresh = individualApplication(MembershipFixtures.unique("Someone new"),
                MembershipFixtures.uniqueEmail("fresh"));
        assertThat(known.getResponse().getRedirectedUrl()).isEqualTo(fresh.getResponse().getRedirectedUrl())
                .isEqualTo("/apply/submitted");
        assertThat(known.getFlashMap().get("notice")).isEqualTo(fresh.getFlashMap().get("notice"));
        assertThat(applied(someoneElse)).isFalse();
        greenMail.waitForIncomingEmail(5000, 4);
        assertThat(mailTo(email)).hasSize(3).last().satisfies(mail -> assertThat(GreenMailUtil.getBody(mail))
                .contains("already belongs to a member or to an application"));
    }

    private MvcResult individualApplication(String name, String email) throws Exception {
        return mvc.perform(post("/apply/individual").with(csrf()).param("name", name).param("email", email)
                        .param("city", "El Paso").param("state", "TX")
                        .param("issueAreas", String.valueOf(fixtures.issueArea())))
                .andReturn();
    }

    @Test
    void aDecisionTakenOnAPageShowingAnOlderVersionOfTheApplicationIsNotTaken() throws Exception {
        String name = MembershipFixtures.unique("Two Reviewers Org");
        mvc.perform(posted("/apply/organization", organizationForm(name, MembershipFixtures.uniqueEmail("reviewed"))));
        MembershipApplication application = applicationNamed(name);
        String seen = String.valueOf(application.version());
        String page = "http://localhost/staff/applications/" + application.id();
        HarambeeUser otherStaff = fixtures.account(Role.STAFF);
        mvc.perform(post("/staff/applications/" + application.id() + "/request-information").with(user(staff))
                        .with(csrf()).header("Referer", page).param("version", seen)
                        .param("question", "Which counties do you work in?"))
                .andExpect(redirectedUrl("/staff/applications/" + application.id()));
        var late = mvc.perform(post("/staff/applications/" + application.id() + "/approve").with(user(otherStaff))
                        .with(csrf()).header("Referer", page).param("version", seen))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/staff/applications/" + application.id()))
                .andReturn();
        assertThat(applicationNamed(name).status()).isEqualTo(ApplicationStatus.INFORMATION_REQUESTED);
        mvc.perform(get("/staff/applications/" + application.id()).with(user(otherStaff))
                        .flashAttrs(late.getFlashMap()).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Someone else changed this while you were editing it")))
                .andExpect(content().string(containsString("waits for the applicant")));
    }

    @Test
    void staffDeclineWithAReasonThatIsMailedAndTheApplicantsProfileIsDeleted() throws Exception {
        String name = MembershipFixtures.unique("Declined Org");
        String email = MembershipFixtures.uniqueEmail("declined");
        mvc.perform(posted("/apply/organization", organizationForm(name, email)));
        MembershipApplication application = applicationNamed(name);
        Long memberId = memberOf(name);
        mvc.perform(post("/staff/applications/" + application.id() + "/decline").with(user(staff)).with(csrf()))
                .andExpect(redirectedUrl("/staff/applications/" + application.id()));
        assertThat(applicationNamed(name).status()).isEqualTo(ApplicationStatus.SUBMITTED);

        mvc.perform(post("/staff/applications/" + application.id() + "/request-information")
                .param("question", "Which neighborhoods do you organize in?").with(user(staff)).with(csrf()));
        assertThat(applicationNamed(name).status()).isEqualTo(ApplicationStatus.INFORMATION_REQUESTED);
        mvc.perform(get("/staff/applications/" + application.id()).with(user(staff)))
                .andExpect(content().string(containsString("waits for the applicant")));

        mvc.perform(post("/staff/applications/" + application.id() + "/decline")
                .param("reason", "Your work is outside our mission.").with(user(staff)).with(csrf()));
        assertThat(applicationNamed(name).status()).isEqualTo(ApplicationStatus.DECLINED);
        assertThat(members.findById(memberId)).isEmpty();
        greenMail.waitForIncomingEmail(5000, 3);
        assertThat(mailTo(email)).extracting(GreenMailUtil::getBody)
                .anySatisfy(body -> assertThat(body).contains("Which neighborhoods do you organize in?"))
                .anySatisfy(body -> assertThat(body).contains("Your work is outside our mission."));
        mvc.perform(posted("/apply/organization", organizationForm(name, email)))
                .andExpect(redirectedUrl("/apply/submitted"));
    }

    @Test
    void theNameOfAPubliclyListedMemberIsRefusedWhateverItsCaseAndAccents() throws Exception {
        String name = MembershipFixtures.unique("Coalición Pro Inmigrantes");
        fixtures.organization(name, MembershipStatus.ACTIVE, true);
        String again = name.toUpperCase().replace("Ó", "O");
        mvc.perform(posted("/apply/organization", organizationForm(again, MembershipFixtures.uniqueEmail("dup"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("already a member or has applied")));
        assertThat(applied(again)).isFalse();
    }

    @Test
    void theNameOfAnUnlistedApplyingOrLapsedOrganizationIsAnsweredLikeANewOneAndItsContactIsTold() throws Exception {
        MvcResult fresh = mvc.perform(posted("/apply/organization", organizationForm(
                MembershipFixtures.unique("Brand new"), MembershipFixtures.uniqueEmail("new")))).andReturn();
        for (Organization onRecord : List.of(
                fixtures.organization(MembershipFixtures.unique("Unlisted"), MembershipStatus.ACTIVE, false),
                fixtures.organization(MembershipFixtures.unique("Applying"), MembershipStatus.APPLICANT, true),
                fixtures.organization(MembershipFixtures.unique("Lapsed"), MembershipStatus.LAPSED, true))) {
            String applicant = MembershipFixtures.uniqueEmail("applicant");
            String again = onRecord.name().toUpperCase(java.util.Locale.ROOT);
            MvcResult answer = mvc.perform(posted("/apply/organization", organizationForm(again, applicant)))
                    .andReturn();
            assertThat(answer.getResponse().getRedirectedUrl()).as(onRecord.name())
                    .isEqualTo(fresh.getResponse().getRedirectedUrl()).isEqualTo("/apply/submitted");
            assertThat(answer.getFlashMap().get("notice")).isEqualTo(fresh.getFlashMap().get("notice"));
            assertThat(applied(again)).isFalse();
            String contact = onRecord.primaryContact().email();
            greenMail.waitForIncomingEmail(5000, greenMail.getReceivedMessages().length + 2);
            assertThat(mailTo(applicant)).singleElement().satisfies(mail ->
                    assertThat(mail.getSubject()).contains("We received your application"));
            assertThat(mailTo(contact)).singleElement().satisfies(mail ->
                    assertThat(GreenMailUtil.getBody(mail)).contains(again));
        }
    }

    @Test
    void everyFieldIsCheckedAndTheProblemShownNextToIt() throws Exception {
        Map<String, String> bad = Map.ofEntries(
                Map.entry("name", ""), Map.entry("mission", "x".repeat(2001)), Map.entry("type", "NOT_A_TYPE"),
                Map.entry("yearFounded", "nineteen"), Map.entry("city", "c".repeat(101)), Map.entry("state", "ZZ"),
                Map.entry("zip", "1234"), Map.entry("website", "javascript:alert(1)"),
                Map.entry("communitiesServed", "y".repeat(1001)), Map.entry("people[0].name", ""),
                Map.entry("people[0].email", "not-an-address"), Map.entry("people[0].phone", "call me maybe"),
                Map.entry("people[0].pronouns", "p".repeat(41)), Map.entry("statement", "s".repeat(2001)));
        Map<String, String> form = organizationForm("", MembershipFixtures.uniqueEmail("bad"));
        form.putAll(bad);
        form.remove("issueAreas");
        ResultActions result = mvc.perform(posted("/apply/organization", form)).andExpect(status().isOk());
        for (String field : List.of("name", "mission", "type", "yearFounded", "city", "state", "zip", "website",
                "communitiesServed", "issueAreas", "people-0--name", "people-0--email", "people-0--phone",
                "people-0--pronouns", "statement")) {
            result.andExpect(content().string(containsString("id=\"" + field + "-error\"")));
        }
        result.andExpect(content().string(containsString("Enter a ZIP code such as 10001")))
                .andExpect(content().string(containsString("Choose at least one issue area.")))
                .andExpect(content().string(containsString("Enter a web address starting with https://")));
    }

    @Test
    void outOfRangeChoicesAreRefused() throws Exception {
        Map<String, String> form = organizationForm(MembershipFixtures.unique("Range"), MembershipFixtures.uniqueEmail("r"));
        form.put("yearFounded", String.valueOf(LocalDate.now().getYear() + 1));
        form.put("rights", "31");
        form.put("languages", "xx");
        form.put("issueAreas", "999999");
        form.put("country", "XX");
        ResultActions result = mvc.perform(posted("/apply/organization", form)).andExpect(status().isOk());
        for (String field : List.of("yearFounded", "rights", "languages", "issueAreas", "country")) {
            result.andExpect(content().string(containsString("id=\"" + field + "-error\"")));
        }
        form.put("yearFounded", "1700");
        mvc.perform(posted("/apply/organization", form))
                .andExpect(content().string(containsString("Enter a year from 1800 on.")));
        Map<String, String> international = organizationForm(MembershipFixtures.unique("Aliados de México"),
                MembershipFixtures.uniqueEmail("mx"));
        international.put("country", "MX");
        international.remove("state");
        mvc.perform(posted("/apply/organization", international)).andExpect(redirectedUrl("/apply/submitted"));
        Map<String, String> stateless = organizationForm(MembershipFixtures.unique("Stateless"),
                MembershipFixtures.uniqueEmail("s"));
        stateless.remove("state");
        mvc.perform(posted("/apply/organization", stateless))
                .andExpect(content().string(containsString("id=\"state-error\"")));
    }

    @Test
    void htmlInTextIsKeptAsTextAndShownEscapedAndControlCharactersAreDropped() throws Exception {
        String name = MembershipFixtures.unique("<script>alert('x')</script> Org");
        Map<String, String> form = organizationForm(name, MembershipFixtures.uniqueEmail("html"));
        form.put("mission", "<img src=x onerror=alert(1)> We \u0000org\u0001an\u007f\u0085iz\ufffee.\uffff");
        mvc.perform(posted("/apply/organization", form)).andExpect(redirectedUrl("/apply/submitted"));
        MembershipApplication application = applicationNamed(name);
        mvc.perform(get("/staff/applications/" + application.id()).with(user(staff)))
                .andExpect(content().string(containsString("&lt;script&gt;alert(")))
                .andExpect(content().string(not(containsString("<script>alert("))))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt; We organize.")));
    }

    @Test
    void aContactAddressHasOneApplicationWaitingAtATime() throws Exception {
        String email = MembershipFixtures.uniqueEmail("twice");
        mvc.perform(posted("/apply/organization", organizationForm(MembershipFixtures.unique("First"), email)))
                .andExpect(redirectedUrl("/apply/submitted"));
        String second = MembershipFixtures.unique("Second");
        mvc.perform(posted("/apply/organization", organizationForm(second, email)))
                .andExpect(redirectedUrl("/apply/submitted"));
        assertThat(applied(second)).isFalse();
    }

    @Test
    void theApplicationPagesSpeakBothLanguages() throws Exception {
        mvc.perform(get("/apply").header("Accept-Language", "es")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Solicitar como organización")));
        mvc.perform(get("/apply/organization")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Step 1 of 5")));
        mvc.perform(get("/apply/organization").header("Accept-Language", "es")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Paso 1 de 5")))
                .andExpect(content().string(containsString("Sobre la organización")));
        mvc.perform(get("/apply/individual").header("Accept-Language", "es")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mostrarme a otros miembros de la red")));
    }

    @Test
    void onlyStaffReviewAndUnknownApplicationsAreNotFound() throws Exception {
        HarambeeUser member = fixtures.account(Role.MEMBER);
        mvc.perform(get("/staff/applications").with(user(member))).andExpect(status().isForbidden());
        mvc.perform(post("/staff/applications/1/approve").with(user(member)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/applications").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/applications/999999999").with(user(staff))).andExpect(status().isNotFound());
        mvc.perform(post("/staff/applications/999999999/approve").with(user(staff)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/members/999999999").with(user(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/staff/applications/not-a-number").with(user(staff))).andExpect(status().isNotFound());
    }
}
