package org.harambee.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.harambee.identity.AuthenticatorApp;
import org.harambee.library.LibraryCollections;
import org.harambee.library.CollectionListing;
import org.harambee.site.NetworkFacts;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A demo installation, on a database of its own: what a newcomer sees after `mvn spring-boot:run`. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-network;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "harambee.demo.enabled=true", "harambee.demo.organizations=200", "harambee.demo.individuals=100"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoNetworkIntegrationTests {

    private static final Pattern DEMO_ACCOUNT = Pattern.compile("DEMO ACCOUNT ([\\w-]+) (\\S+) (\\S+)");
    private static final Pattern DEMO_AUTHENTICATOR = Pattern.compile("DEMO AUTHENTICATOR ([\\w-]+) ([A-Z2-7]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    List<NetworkFacts> facts;
    @Autowired
    UserDetailsService users;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    LibraryCollections collections;

    private Map<String, Long> factsFor(Authentication reader) {
        return facts.stream().flatMap(source -> source.facts(reader).stream())
                .collect(Collectors.toMap(NetworkFacts.Fact::labelKey, NetworkFacts.Fact::value));
    }

    @Test
    void aLivingNetworkOfFoundingAndLaterMembersAcrossTheCountry() throws Exception {
        Authentication staff = new TestingAuthenticationToken(users.loadUserByUsername("staff@demo.harambee.invalid"),
                null);
        Map<String, Long> counts = factsFor(staff);
        assertThat(counts.get("membership.facts.organizations")).isBetween(150L, 190L);
        assertThat(counts.get("membership.facts.founding")).isBetween(50L, 60L);
        assertThat(counts.get("membership.facts.individuals")).isBetween(80L, 100L);
        assertThat(counts.get("membership.facts.states")).isGreaterThanOrEqualTo(50L);

        long listed = factsFor(null).get("membership.facts.organizations");
        assertThat(listed).isLessThan(counts.get("membership.facts.organizations"));
        mvc.perform(get("/").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<span class=\"stat\">" + listed + "</span>")));
        mvc.perform(get("/directory").header("Accept-Language", "en"))
                .andExpect(content().string(containsString(listed + " organizations")));
        mvc.perform(get("/organizations").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/organizations/")));
    }

    @Test
    void theDemoLibraryIsFoundByTheTextInsideItsFilesInEnglishAndSpanish() throws Exception {
        String library = mvc.perform(get("/library").header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString();
        assertThat(library).contains("48 resources");
        for (IssueArea area : taxonomy.activeIssueAreas()) {
            assertThat(mvc.perform(get("/library").param("issue", area.slug()).header("Accept-Language", "en"))
                    .andReturn().getResponse().getContentAsString())
                    .as("public demo resources on %s", area.slug()).doesNotContain("No resources");
        }
        String spanish = "";
        for (int tries = 0; tries < 300 && !spanish.contains("<mark>"); tries++) {
            Thread.sleep(100);
            spanish = mvc.perform(get("/library?q=noventa").header("Accept-Language", "es")).andReturn()
                    .getResponse().getContentAsString();
        }
        assertThat(spanish).contains("<mark>noventa</mark>");
        assertThat(mvc.perform(get("/library?q=ninety").header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString()).contains("<mark>ninety</mark>");
    }

    @Test
    void theStarterKitShowsVisitorsOnePublicResourceOfEachTypeInReadingOrder() throws Exception {
        CollectionListing kit = collections.all().stream()
                .filter(collection -> collection.title().equals("Human Rights Cities starter kit")).findFirst()
                .orElseThrow();
        String page = mvc.perform(get("/library/collections/" + kit.id()).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        List<String> types = List.of("Toolkit", "Model policy or legislation", "Report", "Shadow report",
                "Training material", "Fact sheet");
        assertThat(kit.resources()).hasSize(types.size());
        int last = -1;
        for (String type : types) {
            int at = page.indexOf("<p class=\"muted\">" + type + " · ");
            assertThat(at).as(type).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void everyRoleHasADemoAccountPrintedOnceThatSignsIn(CapturedOutput output) throws Exception {
        assertThat(output.getAll()).contains("DEMO DATA").doesNotContain("No administrator yet");
        Matcher matcher = DEMO_ACCOUNT.matcher(output.getAll());
        Map<String, String[]> accounts = new java.util.HashMap<>();
        while (matcher.find()) {
            accounts.put(matcher.group(1), new String[] {matcher.group(2), matcher.group(3)});
        }
        assertThat(accounts).containsOnlyKeys("member", "representative", "staff", "admin", "treasurer",
                "election-officer");
        Matcher keys = DEMO_AUTHENTICATOR.matcher(output.getAll());
        while (keys.find()) {
            accounts.put(keys.group(1), new String[] {accounts.get(keys.group(1))[0],
                    accounts.get(keys.group(1))[1], keys.group(2)});
        }
        assertThat(accounts.values()).as("an authenticator key for the roles that require a second factor")
                .filteredOn(account -> account.length == 3).hasSize(4);

        MockHttpSession session = signIn(accounts.get("staff"));
        mvc.perform(get("/staff/applications").session(session).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/staff/applications/")));

        MockHttpSession representative = signIn(accounts.get("representative"));
        MvcResult dashboard = mvc.perform(get("/dashboard").session(representative).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn();
        Matcher edit = Pattern.compile("href=\"(/organizations/[a-z0-9-]+/edit)\"")
                .matcher(dashboard.getResponse().getContentAsString());
        assertThat(edit.find()).as("the representative's dashboard links to their organization's profile").isTrue();
        mvc.perform(get(edit.group(1)).session(representative)).andExpect(status().isOk());

        mvc.perform(get("/treasury").session(signIn(accounts.get("treasurer"))).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Trial balance")));
        mvc.perform(get("/treasury").session(session)).andExpect(status().isForbidden());
    }

    /** Signs in with the printed password, and the code of the printed authenticator key where there is one. */
    private MockHttpSession signIn(String[] account) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(account[0]).password(account[1]))
                .andExpect(redirectedUrl(account.length == 3 ? "/login/code" : "/dashboard")).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        if (account.length == 3) {
            mvc.perform(post("/login/code").session(session).with(csrf()).param("code",
                    AuthenticatorApp.codeAt(AuthenticatorApp.key(account[2]), Instant.now())))
                    .andExpect(redirectedUrl("/dashboard"));
        }
        return session;
    }
}
