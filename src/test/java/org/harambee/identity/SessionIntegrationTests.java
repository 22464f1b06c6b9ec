package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Sessions over real HTTP, as a browser sees them: cookie flags, rotation at sign-in, invalidation at sign-out. */
@IntegrationTest
class SessionIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SecondFactorFixtures secondFactorFixtures;

    TestAccounts people;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        people = new TestAccounts(accounts, encoder, secondFactorFixtures);
    }

    @Test
    void theSessionIdChangesAtSignInAndSignOutEndsTheSession() throws Exception {
        Account account = people.create(Role.MEMBER);

        HttpResponse<String> loginPage = fetch("/login", null);
        String before = sessionCookie(loginPage);
        assertThat(loginPage.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));

        HttpResponse<String> signedIn = submit("/login", before, "username=" + encoded(account.email()) + "&password="
                + encoded(TestAccounts.PASSWORD) + "&_csrf=" + encoded(csrfIn(loginPage)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
        String after = sessionCookie(signedIn);
        assertThat(after).isNotEqualTo(before);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));

        assertThat(fetch("/dashboard", before).statusCode()).as("the old session id is worth nothing").isEqualTo(302);
        HttpResponse<String> dashboard = fetch("/dashboard", after);
        assertThat(dashboard.statusCode()).isEqualTo(200);

        HttpResponse<String> signedOut = submit("/logout", after, "_csrf=" + encoded(csrfIn(dashboard)));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("signedOut"));
        HttpResponse<String> afterSignOut = fetch("/dashboard", after);
        assertThat(afterSignOut.statusCode()).isEqualTo(302);
        assertThat(afterSignOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void everyPostNeedsTheCsrfToken() throws Exception {
        Account admin = people.create(Role.ADMIN);
        Account member = people.create(Role.MEMBER);
        for (String path : List.of("/login", "/password/forgot", "/logout", "/invitation/" + "A".repeat(43),
                "/password/reset/" + "A".repeat(43), "/setup/" + "A".repeat(43))) {
            mvc.perform(post(path).with(TestAccounts.fromUniqueAddress()).param("username", member.email())
                    .param("password", TestAccounts.PASSWORD).param("email", member.email()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/accounts/" + member.id() + "/disable").with(people.as(admin)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/" + member.id() + "/disable").with(people.as(admin)).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        assertThat(people.reload(member).enabled()).isTrue();
    }

    private HttpResponse<String> fetch(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", "en");
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> submit(String path, String session, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher matcher = SESSION.matcher(cookie);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("No session cookie in " + response.headers().map());
    }

    private static String csrfIn(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
