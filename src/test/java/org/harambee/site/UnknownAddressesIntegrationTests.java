package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.harambee.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An address that no page answers is "not found" for everyone, in the reader's language, never a request to sign
 * in; pages that need a signed-in person still ask for it, and robots.txt exists.
 */
@IntegrationTest
class UnknownAddressesIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aVisitorAskingForAnAddressNoPageAnswersIsToldItIsNotThereInTheirLanguage() throws Exception {
        for (String address : new String[] {"/about-us-nowhere", "/directory/nope", "/groups/a/b/c/d", "/favicon.png"}) {
            HttpResponse<String> english = visit(address, "en");
            assertThat(english.statusCode()).as(address).isEqualTo(404);
            assertThat(english.body()).as(address).contains("Page not found");
            assertThat(visit(address, "es").body()).contains("Página no encontrada");
        }
    }

    @Test
    void anAddressWhoseIdIsNotAnIdIsNotFoundOnPagesAndInTheApi() throws Exception {
        for (String address : new String[] {"/library/abc", "/library/99999999999999999999", "/statements/x1",
                "/library/1/files/not-a-uuid", "/un/recommendations/abc"}) {
            HttpResponse<String> page = visit(address, "en");
            assertThat(page.statusCode()).as(address).isEqualTo(404);
            assertThat(page.body()).as(address).contains("Page not found");
        }
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/recommendations/abc")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void pagesForSignedInPeopleStillSendVisitorsToSignIn() throws Exception {
        for (String address : new String[] {"/dashboard", "/membership", "/staff/audit", "/staff/nope"}) {
            HttpResponse<String> answer = visit(address, "en");
            assertThat(answer.statusCode()).as(address).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).as(address).endsWith("/login");
        }
    }

    @Test
    void robotsAreToldWhatNotToCrawl() throws Exception {
        HttpResponse<String> robots = visit("/robots.txt", "en");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("User-agent: *").contains("Disallow: /staff/");
    }

    private HttpResponse<String> visit(String address, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + address))
                .header("Accept-Language", language).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
