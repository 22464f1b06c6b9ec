package org.harambee.guards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.harambee.IntegrationTest;
import org.harambee.Validators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API description a client generator reads (/api/v1/openapi.json) passes Redocly CLI's lint with no error
 * (rules in redocly.yaml), and says what clients need: a schema for every query parameter, one schema name per
 * shape, the optional token on every operation, JSON results and the problem answers. Redocly CLI comes from npm
 * ({@code .ci/run} installs it and names it in HARAMBEE_REDOCLY); without it the lint is skipped with its reason,
 * unless HARAMBEE_VALIDATORS=required.
 */
@IntegrationTest
class ApiContractIntegrationTests {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void theServedDescriptionPassesRedoclyLintWithoutAnError(@TempDir Path folder) throws Exception {
        String redocly = redocly();
        Path description = Files.writeString(folder.resolve("openapi.json"), served());
        Process lint = new ProcessBuilder(redocly, "lint", description.toString(), "--config",
                Path.of("redocly.yaml").toAbsolutePath().toString(), "--format=stylish").redirectErrorStream(true)
                .start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(2, TimeUnit.MINUTES)).as("Redocly finished").isTrue();
        assertThat(lint.exitValue()).as(output).isZero();
        assertThat(output).as(output).contains("Your API description is valid")
                .doesNotContainPattern("\\d+:\\d+\\s+(warning|error)\\s");
    }

    /**
     * The description kept in the repository, from which the build generates the client its tests use, is the one
     * served (but for the server's address): a change to the API shows in review as a change to that file.
     */
    @Test
    void theDescriptionKeptInTheRepositoryIsTheOneServed() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode served = (ObjectNode) json.readTree(served());
        served.remove("servers");
        Path kept = Path.of("docs", "api", "openapi.json");
        if (!Files.exists(kept) || !json.readTree(Files.readString(kept)).equals(served)) {
            Path fresh = Files.createDirectories(Path.of("target", "api")).resolve("openapi.json");
            Files.writeString(fresh, json.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
            throw new AssertionError(kept + " is not the description the application serves: review the served one,"
                    + " written to " + fresh + ", and copy it there");
        }
    }

    @Test
    void everyOperationTellsAClientWhatItTakesAndAnswers() throws Exception {
        JsonNode api = JsonMapper.builder().build().readTree(served());
        List<String> missing = new ArrayList<>();
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            String operation = method.getKey().toUpperCase() + " " + path.getKey();
            JsonNode op = method.getValue();
            for (JsonNode parameter : op.path("parameters")) {
                if (parameter.path("schema").isMissingNode()) {
                    missing.add(operation + ": no schema for " + parameter.path("name").asString());
                }
            }
            if (!op.path("operationId").asString("").matches("[a-z][A-Za-z]+")) {
                missing.add(operation + ": no operation name a client method can take (" + op.path("operationId") + ")");
            }
            if (op.path("security").isEmpty()) {
                missing.add(operation + ": no security");
            }
            if (op.path("responses").path("200").path("content").path("application/json").isMissingNode()) {
                missing.add(operation + ": 200 is not declared as application/json");
            }
            for (String status : List.of("401", "429")) {
                if (op.path("responses").path(status).path("content").path("application/problem+json").isMissingNode()) {
                    missing.add(operation + ": " + status + " problem answer undocumented");
                }
            }
        }));
        assertThat(missing).isEmpty();
        assertThat(api.path("components").path("schemas").propertyNames())
                .contains("OrganizationSummary", "OrganizationPage", "Recommendation", "RecommendationPage", "Problem");
    }

    @Test
    void aRequestNoOperationTakesIsAnsweredAsAProblemTheClientCanRead() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String method : List.of("POST", "DELETE", "PUT")) {
            for (String path : List.of("/api/v1/me", "/api/v1/organizations", "/api/v1/nothing-here")) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                        .header("Content-Type", "application/json").header("Accept", "application/json").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(method + " " + path).isBetween(400, 499);
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(method + " " + path)
                        .startsWith("application/problem+json");
                assertThat(JsonMapper.builder().build().readTree(answer.body()).path("detail").asString())
                        .as(method + " " + path).isNotBlank();
            }
        }
    }

    private String served() throws Exception {
        return mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String redocly() {
        return Validators.needed("HARAMBEE_REDOCLY", "The API lint needs Redocly CLI from npm (npm install "
                + "@redocly/cli@2.77.0, its node_modules/.bin/redocly)").toString();
    }
}
