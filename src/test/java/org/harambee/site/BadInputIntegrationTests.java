package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.StringUtils;

/**
 * Input nobody should send never gets a 5xx or the servlet container's own page: unknown facet values on every
 * faceted page, path variables that name nothing, malformed percent-encoding, odd headers, multipart bodies that
 * cannot be read, uploads over the limit. Each class of input is sent once per kind of route that reads it.
 */
@IntegrationTest
class BadInputIntegrationTests {

    private static final String IGNORED = "name nothing you can choose here and were left out";

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;
    @LocalServerPort
    int port;

    @Test
    void unknownFacetValuesAreLeftOutAndSaidOnEveryFacetedPage() throws Exception {
        fixtures.organization(MembershipFixtures.unique("Facet Probe"), MembershipStatus.ACTIVE, true);
        HarambeeUser member = fixtures.account(Role.MEMBER);
        HarambeeUser staff = fixtures.account(Role.STAFF);
        for (HarambeeUser reader : Arrays.asList(null, member, staff)) {
            for (String facet : List.of("type", "offer", "need", "status")) {
                String page = withoutLanguageSwitch(page("/directory?" + facet + "=x", reader));
                assertThat(page).contains(IGNORED).contains(facet + "=x").doesNotContain("." + facet + ".x");
                assertThat(StringUtils.countOccurrencesOf(page, facet + "=x"))
                        .as("said once, neither shown as chosen nor kept in the page's links").isEqualTo(1);
            }
            assertThat(page("/directory/map?type=x&need=nope", reader)).contains(IGNORED).contains("type=x, need=nope");
            String library = withoutLanguageSwitch(page("/library?type=x&year=99999&right=31", reader));
            assertThat(library).contains(IGNORED).contains("type=x, right=31, year=99999").doesNotContain("type.x");
            assertThat(StringUtils.countOccurrencesOf(library, "year=99999")).isEqualTo(1);
            String recommendations = withoutLanguageSwitch(
                    page("/un/recommendations?response=MAYBE&session=0&area=no-such-area", reader));
            assertThat(recommendations).contains(IGNORED).contains("response=MAYBE");
            assertThat(StringUtils.countOccurrencesOf(recommendations, "response=MAYBE")).isEqualTo(1);
        }
        assertThat(page("/directory?status=APPLICANT", null)).as("a status only staff may choose").contains(IGNORED)
                .contains("status=APPLICANT");
        assertThat(page("/directory?status=ACTIVE", staff)).doesNotContain(IGNORED);
        assertThat(page("/directory?type=x", member)).as("the value is left out, not matched: results remain")
                .doesNotContain("No organization matches");
        assertThat(mvc.perform(get("/directory?type=x").header("Accept-Language", "es")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("se dejaron de lado: type=x");
        assertThat(mvc.perform(get("/directory/export.csv?type=x&status=APPLICANT").with(user(member))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/organizations?type=x")).andReturn().getResponse().getStatus())
                .as("the API refuses what pages leave out").isEqualTo(400);
        assertThat(mvc.perform(get("/api/v1/organizations?country=XX&region=Atlantis&grassroots=maybe&status=ACTIVE"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("the same rule as the pages' names every value refused, a staff-only facet included")
                .contains("country=XX").contains("region=Atlantis").contains("grassroots=maybe").contains("status=ACTIVE");
        assertThat(mvc.perform(get("/api/v1/organizations?status=ACTIVE").with(user(staff))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/recommendations?response=MAYBE&session=0&action=3")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("response=MAYBE")
                .contains("session=0").doesNotContain("action=3");
    }

    @Test
    void aNulCharacterInAParameterIsTakenOutBeforeAnythingReadsIt() throws Exception {
        HarambeeUser staff = fixtures.account(Role.STAFF);
        String title = MembershipFixtures.unique("Starter kit");
        String created = mvc.perform(post("/staff/library/collections").with(user(staff)).with(csrf())
                .param("title", title.replace(" ", "\u0000 ")).param("description", "For\u0000 cities"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(created).as("saved, where PostgreSQL refused the NUL with a 500").startsWith("/staff/library/collections/");
        assertThat(mvc.perform(get(created).with(user(staff))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(title).contains("For cities").doesNotContain("\u0000");
    }

    @Test
    void pathVariablesThatNameNothingAreNotFoundOrRefused() throws Exception {
        HarambeeUser staff = fixtures.account(Role.STAFF);
        HarambeeUser admin = fixtures.account(Role.ADMIN);
        for (String path : List.of("/groups/abc", "/organizations/999999999999999999999", "/library/abc",
                "/library/999999999999999999999", "/library/1/files/x", "/un/recommendations/abc",
                "/un/recommendations/999999999999999999999", "/statements/abc", "/statements/99999999999999999999",
                "/library/collections/abc", "/directory/exchange/x", "/directory/partners/x", "/un/reviews/x",
                "/staff/members/abc", "/staff/applications/99999999999999999999", "/staff/un/treaties/x",
                "/staff/un/import/x", "/admin/accounts/abc", "/api/v1/recommendations/abc",
                "/api/v1/organizations/999999999999999999999")) {
            for (HarambeeUser reader : Arrays.asList(null, staff, admin)) {
                MockHttpServletResponse answer = mvc.perform(reader == null ? get(path) : get(path).with(user(reader)))
                        .andReturn().getResponse();
                assertThat(answer.getStatus()).as(path).isBetween(300, 499);
            }
        }
    }

    @Test
    void malformedPercentEncodingAndControlCharactersGetTheSitesPage() throws Exception {
        for (String target : List.of("/directory?q=%zz", "/directory?q=%C0%80", "/directory?q=%e2%82",
                "/directory?type=%00", "/directory/%zz", "/groups/%C0%80", "/groups/a%00b", "/library/1%00",
                "/organizations/%ff", "/un/recommendations?issue=%", "/library?q=%%%")) {
            String answer = raw("GET " + target + " HTTP/1.1", "Accept: text/html\r\nAccept-Language: es\r\n", null);
            assertThat(status(answer)).as(target).isBetween(200, 499);
            assertThat(answer).as(target).contains("<html lang=\"es\">").doesNotContain("HTTP Status")
                    .doesNotContain("Exception");
        }
        String api = raw("GET /api/v1/organizations/a%00b HTTP/1.1", "Accept: application/json\r\n", null);
        assertThat(status(api)).isEqualTo(400);
        assertThat(api).contains("application/problem+json").doesNotContain("<html");
    }

    @Test
    void languageHeadersOfAnyShapeAreReadOrIgnored() throws Exception {
        for (String language : List.of(";;;,,==xx-%%%-q=abc", "*;q=x", "es;q=2", "x".repeat(5000),
                "zz-ZZ-u-nu-thai", ",")) {
            MockHttpServletResponse answer = mvc.perform(get("/directory").header("Accept-Language", language))
                    .andReturn().getResponse();
            assertThat(answer.getStatus()).as(language).isEqualTo(200);
        }
    }

    @Test
    void multipartBodiesThatCannotBeReadAreRefusedAsTheClientsMistake() throws Exception {
        String nul = upload("/library/submit", "report\u0000.txt", "text/plain", 10);
        assertThat(status(nul)).isEqualTo(400);
        assertThat(nul).contains("<html lang=\"es\">").contains("No se pudo entender la solicitud");
        assertThat(status(upload("/staff/un/import", "rows\u0000.csv", "text/csv", 10))).isEqualTo(400);
        assertThat(status(upload("/organizations/x/logo", "logo\u0001\u0007.png", "image/png", 10)))
                .isBetween(400, 499);
        String noBoundary = raw("POST /library/submit HTTP/1.1", "Accept: text/html\r\n"
                + "Content-Type: multipart/form-data\r\nContent-Length: 5\r\n", "hello".getBytes());
        assertThat(status(noBoundary)).isBetween(400, 499);

        HarambeeUser representative = fixtures.representativeOf(fixtures.organization(
                MembershipFixtures.unique("Upload Oddities"), MembershipStatus.ACTIVE, true));
        for (MockMultipartFile file : List.of(new MockMultipartFile("file", "", "text/plain", new byte[0]),
                new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]),
                new MockMultipartFile("other", "note.txt", "text/plain", "hi".getBytes()),
                new MockMultipartFile("file", "../../etc/passwd", "text/plain", "root".getBytes()),
                new MockMultipartFile("file", "..\\..\\evil\u202Etxt.exe", "text/plain", "x".getBytes()))) {
            MockHttpServletResponse answer = mvc.perform(multipart("/library/submit").file(file)
                    .param("title", "Odd upload").param("summary", "Odd").param("type", "REPORT")
                    .param("visibility", "MEMBERS").with(user(representative)).with(csrf())).andReturn().getResponse();
            assertThat(answer.getStatus()).as(file.getOriginalFilename()).isEqualTo(200);
            assertThat(answer.getContentAsString()).as(file.getOriginalFilename()).contains("field-error");
        }
    }

    @Test
    void aRequestOverTheUploadLimitGetsTheSitesPageInTheReadersLanguage() throws Exception {
        String page = upload("/library/submit", "big.txt", "text/plain", 28 * 1024 * 1024);
        assertThat(status(page)).isEqualTo(413);
        assertThat(page).contains("<html lang=\"es\">").contains("demasiado grande").doesNotContain("HTTP Status");
        String api = upload("/api/v1/me", "big.txt", "text/plain", 28 * 1024 * 1024);
        assertThat(status(api)).isEqualTo(413);
        assertThat(api).contains("application/problem+json").contains("\"status\":413");
    }

    @Test
    void aFormSentWithAnotherContentTypeIsNotAServerError() throws Exception {
        HarambeeUser representative = fixtures.representativeOf(fixtures.organization(
                MembershipFixtures.unique("Content Types"), MembershipStatus.ACTIVE, true));
        for (String type : List.of("application/json", "text/plain", "application/xml", "multipart/mixed",
                "application/x-www-form-urlencoded; charset=nope")) {
            MockHttpServletResponse answer = mvc.perform(org.springframework.test.web.servlet.request
                    .MockMvcRequestBuilders.post("/library/submit").contentType(type).content("{\"title\":1}")
                    .with(user(representative)).with(csrf())).andReturn().getResponse();
            assertThat(answer.getStatus()).as(type).isBetween(200, 499);
        }
    }

    private String page(String path, HarambeeUser reader) throws Exception {
        MockHttpServletRequestBuilder request = get(path).header("Accept-Language", "en");
        MockHttpServletResponse answer = mvc.perform(reader == null ? request : request.with(user(reader))).andReturn()
                .getResponse();
        assertThat(answer.getStatus()).as(path).isEqualTo(200);
        return answer.getContentAsString(StandardCharsets.UTF_8);
    }

    /** A multipart upload of one file of {@code size} bytes, sent as a browser would (no session, Spanish). */
    private String upload(String path, String fileName, String type, int size) throws IOException {
        String boundary = "harambee-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream(head.length + size + tail.length);
        body.writeBytes(head);
        body.writeBytes(new byte[size]);
        body.writeBytes(tail);
        return raw("POST " + path + " HTTP/1.1", "Accept: " + (path.startsWith("/api/") ? "application/json"
                : "text/html") + "\r\nAccept-Language: es\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nContent-Length: " + body.size() + "\r\n", body.toByteArray());
    }

    /** Sends bytes no HTTP client library would (broken encodings, NUL), and reads the whole answer. */
    private String raw(String requestLine, String headers, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n" + headers + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            try {
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before reading a body it refuses
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** The page without its link to itself in the other language, which keeps the address as it was asked. */
    private static String withoutLanguageSwitch(String page) {
        return page.replaceAll("href=\"[^\"]*lang=(en|es)\"", "");
    }
}
