package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.harambee.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SiteIntegrationTests {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void homePageSpeaksTheBrowsersLanguageAndSaysSoInTheHtmlTag() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "es-MX,es;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"es\">")))
                .andExpect(content().string(containsString("Solicitar la membresía")));
        mvc.perform(get("/").header("Accept-Language", "en-US"))
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("Apply to join")));
    }

    @Test
    void aLanguageChosenOnThePageOverridesTheBrowserAndUnknownOnesAreIgnored() throws Exception {
        mvc.perform(get("/").param("lang", "es").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<html lang=\"es\">")))
                .andExpect(header().string("Set-Cookie", containsString("harambee-lang=es")));
        mvc.perform(get("/").param("lang", "xx").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<html lang=\"en\">")));
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void healthSaysUpAndNothingMoreToVisitors() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}", true));
    }

    @Test
    void livenessAndReadinessAreUpOnceStartedAndSayNothingMore() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            mvc.perform(get(probe)).andExpect(status().isOk()).andExpect(content().json("{\"status\":\"UP\"}", true));
        }
    }

    @Test
    void anUnknownAddressShowsTheFriendlyNotFoundPageWithoutInternals() throws Exception {
        HttpResponse<String> response = fetch("/organizations/no-such-organization-" + System.nanoTime(), "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").contains("<html lang=\"en\">")
                .doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void theErrorPageItselfAskedForByNameIsAPageThatDoesNotExistNotAServerFailure() throws Exception {
        HttpResponse<String> page = fetch("/error", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found");
        assertThat(fetch("/error", "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void aFormFieldAddressedAsAListItIsNotIsABadRequestNotAServerFailure() throws Exception {
        mvc.perform(post("/password/forgot").with(csrf()).param("email[0]", "someone@example.org"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/apply/individual").with(csrf()).param("name[0]", "x")).andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownApiAddressAnswersProblemJson() throws Exception {
        HttpResponse<String> response = fetch("/api/v1/no-such-thing", "application/json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception")
                .contains("\"detail\":\"There is nothing at this address.");
    }

    @Test
    void anApiErrorIsProblemJsonEvenForABrowser() throws Exception {
        HttpResponse<String> response = fetch("/api/v1/no-such-thing", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404").doesNotContain("<html");
    }

    private HttpResponse<String> fetch(String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).header("Accept-Language", "en").build(), BodyHandlers.ofString());
    }
}
