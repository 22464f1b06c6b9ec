package org.harambee.guards;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.harambee.Validators;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Run by the build after the whole test suite (its own Surefire execution, see pom.xml), over what
 * {@link AnswerRecorder} kept while the suite ran: every HTML page the web and browser tests reached passes the Nu
 * HTML Checker (vnu-jar from npm, named by HARAMBEE_VNU; {@code .ci/run} installs it) with no error, and every API
 * answer matches what the served OpenAPI description says of its operation and status (networknt's JSON Schema
 * validator, OpenAPI 3.1 dialect).
 */
class RecordedAnswersChecks {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DOCUMENT = "https://harambee.invalid/api/v1/openapi.json";
    private static final Pattern FLASH_NOTICE =
            Pattern.compile("<div class=\"notice\" id=\"notice\" role=\"status\">(.+?)</div>");

    @Test
    void everyApiAnswerTheSuiteReceivedMatchesTheServedDescription() throws IOException {
        Path folder = recorded();
        Path description = folder.resolve("openapi/openapi.json");
        assertThat(description).as("the suite fetched the API description").exists();
        String served = JSON.readTree(Files.readString(description)).get("body").asString();
        JsonNode api = JSON.readTree(served);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT, served)));
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> answers = Files.list(folder.resolve("api"))) {
            for (Path file : answers.sorted().toList()) {
                JsonNode answer = JSON.readTree(Files.readString(file));
                String method = answer.get("method").asString().toLowerCase();
                String path = answer.get("path").asString();
                String status = answer.get("status").asString();
                String where = method.toUpperCase() + " " + path + " -> " + status + ": ";
                String template = template(api, path);
                JsonNode responses = api.path("paths").path(template == null ? "" : template).path(method)
                        .path("responses");
                String type = answer.get("contentType").asString().replaceAll(";.*", "").trim();
                String location;
                if (responses.isMissingNode() || answer.path("errorPage").asBoolean()) {
                    // An address or method the API does not have, or a refusal before any operation ran (answered by
                    // the error page), still answers a problem the client can read.
                    if (!type.equals("application/problem+json")) {
                        mismatches.add(where + "not answered by an operation, and answered " + type);
                        continue;
                    }
                    location = "#/components/schemas/Problem";
                } else {
                    String declared = responses.has(status) ? status : responses.has("default") ? "default" : null;
                    if (declared == null) {
                        mismatches.add(where + "status not documented for " + template);
                        continue;
                    }
                    JsonNode content = responses.path(declared).path("content");
                    if (!content.has(type)) {
                        mismatches.add(where + "answered " + type + ", the description says " + content.propertyNames());
                        continue;
                    }
                    location = "#/paths/" + pointer(template) + "/" + method + "/responses/" + declared + "/content/"
                            + pointer(type) + "/schema";
                }
                Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + location));
                schema.validate(answer.get("body").asString(), InputFormat.JSON)
                        .forEach(error -> mismatches.add(where + error.getInstanceLocation() + " " + error.getMessage()));
                checked++;
            }
        }
        assertThat(mismatches).as("API answers that do not match the served description").isEmpty();
        assertThat(checked).as("API answers checked").isGreaterThan(20);
    }

    @Test
    void everyPageTheSuiteReachedIsValidHtml() throws Exception {
        Map<String, String> addresses = addresses(recorded().resolve("html.tsv"));
        assertThat(addresses).as("pages recorded").hasSizeGreaterThan(100);
        List<Path> folders;
        try (Stream<Path> listed = Files.list(recorded().resolve("html"))) {
            folders = listed.filter(Files::isDirectory).sorted().toList();
        }
        // Two checkers at once, each over half of the folders, each report in a file of its own.
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Process> checkers = new ArrayList<>();
        List<Path> reports = new ArrayList<>();
        for (List<Path> half : List.of(folders.subList(0, folders.size() / 2),
                folders.subList(folders.size() / 2, folders.size()))) {
            List<String> command = new ArrayList<>(List.of(java, "-Xss16m", "-jar", vnu(), "--errors-only",
                    "--format", "json", "--stdout"));
            half.forEach(folder -> command.add(folder.toString()));
            Path report = Files.createTempFile("vnu-", ".json");
            reports.add(report);
            checkers.add(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(report.toFile()).start());
        }
        Map<String, List<String>> errors = new TreeMap<>();
        for (int i = 0; i < checkers.size(); i++) {
            assertThat(checkers.get(i).waitFor(10, TimeUnit.MINUTES)).as("the Nu checker finished").isTrue();
            String report = Files.readString(reports.get(i));
            Files.delete(reports.get(i));
            assertThat(report).as("the Nu checker's report").startsWith("{").contains("\"messages\"");
            for (JsonNode message : JSON.readTree(report).path("messages")) {
                String file = Path.of(message.path("url").asString().replaceFirst("^file:", "")).getFileName()
                        .toString();
                errors.computeIfAbsent(addresses.getOrDefault(file, file), any -> new ArrayList<>())
                        .add("line " + message.path("lastLine").asInt() + ": " + message.path("message").asString()
                                + " [" + message.path("extract").asString().strip() + "]");
            }
        }
        assertThat(errors).as("Nu HTML Checker errors on " + addresses.size() + " pages").isEmpty();
    }

    /** A confirmation (the notice after a form was sent) is said once on the page it leads to, not twice. */
    @Test
    void everyPageSaysItsConfirmationOnce() throws IOException {
        Map<String, String> addresses = addresses(recorded().resolve("html.tsv"));
        List<String> twice = new ArrayList<>();
        for (Map.Entry<String, String> page : addresses.entrySet()) {
            String html = Files.readString(AnswerRecorder.pageFolder(recorded(), page.getKey())
                    .resolve(page.getKey()));
            Matcher notice = FLASH_NOTICE.matcher(html);
            if (notice.find() && html.split(Pattern.quote(notice.group(1)), -1).length > 2) {
                twice.add(page.getValue() + ": " + notice.group(1));
            }
        }
        assertThat(twice).as("pages that say their confirmation twice").isEmpty();
    }

    private static Map<String, String> addresses(Path index) throws IOException {
        Map<String, String> addresses = new TreeMap<>();
        for (String line : Files.readAllLines(index)) {
            String[] parts = line.split("\t", 2);
            addresses.put(parts[0], parts[1]);
        }
        return addresses;
    }

    /** The description's path template that this concrete path fills ({id} and the like match one segment). */
    private static String template(JsonNode api, String path) {
        for (String template : api.path("paths").propertyNames()) {
            String pattern = Stream.of(template.split("\\{[^/}]+}", -1)).map(Pattern::quote)
                    .reduce((left, right) -> left + "[^/]+" + right).orElse("");
            if (path.matches(pattern)) {
                return template;
            }
        }
        return null;
    }

    private static String pointer(String name) {
        return name.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }

    private static Path recorded() {
        Path folder = Path.of(System.getProperty("harambee.recordedAnswers", "target/recorded-answers"));
        assertThat(folder).as("answers recorded by the test suite (run the whole suite: mvn verify)").isDirectory();
        return folder;
    }

    private static String vnu() {
        return Validators.needed("HARAMBEE_VNU", "The HTML check needs the Nu HTML Checker from npm (npm install "
                + "vnu-jar@26.9.27, its build/dist/vnu.jar)").toString();
    }
}
