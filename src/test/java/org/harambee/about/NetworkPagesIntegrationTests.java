package org.harambee.about;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Staff write the network's own pages in English and Spanish; everyone reads them in their language (or in the
 * other one, said so), every save is a version, and an edit started from an older version saves nothing.
 */
@IntegrationTest
class NetworkPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    NetworkPages pages;

    private HarambeeUser staff;
    private final String mark = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void staff() {
        staff = fixtures.account(Role.STAFF);
    }

    @Test
    void staffWriteAPageInBothLanguagesAndEveryoneReadsItInTheirs() throws Exception {
        MockHttpServletResponse saved = save(NetworkPage.CONTACT, current(NetworkPage.CONTACT), "Reach us " + mark,
                "Write to **info@example.org**.", "Contáctenos " + mark, "Escriba a **info@example.org**.");
        assertThat(saved.getRedirectedUrl()).isEqualTo("/contact");

        String english = read("/contact", "en");
        assertThat(english).contains("Reach us " + mark).contains("<strong>info&#64;example.org</strong>")
                .doesNotContain("Contáctenos " + mark);
        assertThat(read("/contact", "es")).contains("Contáctenos " + mark).doesNotContain("Reach us " + mark);
        assertThat(read("/", "en")).contains("href=\"/contact\"").contains("href=\"/principles\"");
        assertThat(read("/apply", "en")).contains("href=\"/principles\"").contains("href=\"/governance\"");
    }

    @Test
    void aPageWrittenInOneLanguageIsShownInItToOtherReadersWithANote() throws Exception {
        save(NetworkPage.GOVERNANCE, current(NetworkPage.GOVERNANCE), "Our bylaws " + mark, "One member, one vote.",
                "", "");
        String spanish = read("/governance", "es");
        assertThat(spanish).contains("<article lang=\"en\">").contains("Our bylaws " + mark)
                .contains("aún no está escrita en español");
    }

    @Test
    void everySaveIsAVersionThatStaffCanReadAgain() throws Exception {
        int before = current(NetworkPage.PRINCIPLES);
        save(NetworkPage.PRINCIPLES, before, "Unity " + mark, "First text " + mark, "", "");
        save(NetworkPage.PRINCIPLES, before + 1, "Unity " + mark, "Second text " + mark, "", "");

        assertThat(read("/principles", "en")).contains("Second text " + mark).doesNotContain("First text " + mark);
        String history = as(get("/staff/pages/principles")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(history).contains("/staff/pages/principles/versions/" + (before + 1))
                .contains("/staff/pages/principles/versions/" + (before + 2));
        assertThat(as(get("/staff/pages/principles/versions/" + (before + 1))).getContentAsString(StandardCharsets.UTF_8))
                .contains("First text " + mark);
        assertThat(as(get("/staff/pages/principles/versions/" + (before + 99))).getStatus()).isEqualTo(404);
    }

    @Test
    void anEditStartedFromAnOlderVersionSavesNothingAndSaysSo() throws Exception {
        int before = current(NetworkPage.PRINCIPLES);
        save(NetworkPage.PRINCIPLES, before, "Mine " + mark, "Saved first.", "", "");
        MockHttpServletResponse late = mvc.perform(form(NetworkPage.PRINCIPLES, before, "Theirs " + mark, "Saved late.",
                "", "").header("Referer", "http://localhost/staff/pages/principles")).andReturn().getResponse();

        assertThat(late.getStatus()).isEqualTo(303);
        assertThat(late.getRedirectedUrl()).isEqualTo("/staff/pages/principles");
        assertThat(current(NetworkPage.PRINCIPLES)).isEqualTo(before + 1);
        assertThat(read("/principles", "en")).contains("Mine " + mark).doesNotContain("Theirs " + mark);
    }

    @Test
    void aLanguageWithATitleButNoTextIsRefusedAtTheFieldAndNothingIsSaved() throws Exception {
        int before = current(NetworkPage.ABOUT);
        MockHttpServletResponse refused = save(NetworkPage.ABOUT, before, "About " + mark, "Who we are.",
                "Sobre " + mark, "");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("Give the Spanish version both a title and a text");
        assertThat(current(NetworkPage.ABOUT)).isEqualTo(before);

        MockHttpServletResponse empty = save(NetworkPage.ABOUT, before, "", "", "", "");
        assertThat(empty.getContentAsString(StandardCharsets.UTF_8)).contains("Write the page in at least one language");
        assertThat(current(NetworkPage.ABOUT)).isEqualTo(before);
    }

    @Test
    void whatStaffWriteIsShownWithoutScriptsOrDangerousLinks() throws Exception {
        save(NetworkPage.CONTACT, current(NetworkPage.CONTACT), "Safe " + mark,
                "Text <script>alert(1)</script> <img src=x onerror=alert(3)> ok " + mark
                        + "\n\n[click](javascript:alert(2)) and [home](/about)", "", "");
        String page = read("/contact", "en");
        String shown = page.substring(page.indexOf("<article"), page.indexOf("</article>"));
        assertThat(shown).contains("ok " + mark).contains("<a href=\"/about\"").doesNotContain("alert(1)")
                .doesNotContain("<img").doesNotContain("onerror").doesNotContain("javascript:");
    }

    @Test
    void onlyStaffMayWriteThePages() throws Exception {
        HarambeeUser member = fixtures.account(Role.MEMBER);
        int before = current(NetworkPage.CONTACT);
        MockHttpServletResponse refused = mvc.perform(form(NetworkPage.CONTACT, before, "Hijack " + mark, "x", "", "")
                .with(user(member))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(current(NetworkPage.CONTACT)).isEqualTo(before);
    }

    private int current(NetworkPage page) {
        return pages.current(page).map(NetworkPageText::number).orElse(0);
    }

    private MockHttpServletResponse save(NetworkPage page, int version, String titleEn, String bodyEn, String titleEs,
            String bodyEs) throws Exception {
        return mvc.perform(form(page, version, titleEn, bodyEn, titleEs, bodyEs)).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder form(NetworkPage page, int version, String titleEn, String bodyEn,
            String titleEs, String bodyEs) {
        return post("/staff/pages/" + page.slug()).with(user(staff)).with(csrf())
                .param("version", String.valueOf(version)).param("titleEn", titleEn).param("bodyEn", bodyEn)
                .param("titleEs", titleEs).param("bodyEs", bodyEs);
    }

    private MockHttpServletResponse as(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(staff))).andReturn().getResponse();
    }

    private String read(String address, String language) throws Exception {
        return mvc.perform(get(address).param("lang", language)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
