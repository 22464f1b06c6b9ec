package org.harambee.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.harambee.identity.AuthenticatorApp;
import org.harambee.membership.MembershipFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The cluster shape, proven end to end (docs/operations.md): PostgreSQL, a two-node OpenSearch cluster, two Harambee
 * nodes from the packaged jar and haproxy in front, each a real process. Runs in the build's integration-test phase
 * when {@code HARAMBEE_CLUSTER_TESTS=required} and a PostgreSQL server is given ({@code .ci/run} does both); skipped
 * with that reason elsewhere. The database user must be allowed to create databases: the test works in one of its
 * own, dropped at the end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

    private static final Pattern SETUP_LINK = Pattern.compile("/setup/[A-Za-z0-9_-]{20,}");
    private static final Pattern AUTHENTICATOR_KEY = Pattern.compile("id=\"authenticator-key\">([A-Z2-7 ]+)<");
    /** The key of the staff member's authenticator app, set up after the first sign-in (their role requires it). */
    private static byte[] authenticatorKey;
    private static final Pattern NEWS_ITEM = Pattern.compile("^/news/(\\d+)$");
    private static final Pattern RESOURCE = Pattern.compile("^/library/(\\d+)$");
    private static final String STAFF_EMAIL = "staff@cluster.example.org";
    private static final String PASSWORD = "a long cluster passphrase " + UUID.randomUUID();

    private static Cluster cluster;
    private static String database;
    private static String serverUrl;
    private static final Browser staff = new Browser();

    @BeforeAll
    static void start() throws Exception {
        assumeTrue("required".equals(System.getenv("HARAMBEE_CLUSTER_TESTS"))
                && System.getenv("HARAMBEE_TEST_POSTGRES_URL") != null,
                "The cluster test runs with HARAMBEE_CLUSTER_TESTS=required, HARAMBEE_TEST_POSTGRES_URL (a user who may "
                        + "create databases), haproxy and a packaged jar: .ci/run gives all of them");
        String url = System.getenv("HARAMBEE_TEST_POSTGRES_URL");
        serverUrl = url.substring(0, url.lastIndexOf('/') + 1);
        database = "harambee_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = postgres(serverUrl + "postgres"); Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        cluster = new Cluster(Path.of(System.getProperty("basedir", ".")).toAbsolutePath(), serverUrl + database,
                System.getenv("HARAMBEE_TEST_POSTGRES_USER"), System.getenv("HARAMBEE_TEST_POSTGRES_PASSWORD"));
        cluster.startSearch();
        cluster.startNode(0);
        cluster.awaitNodeReady(0, Duration.ofSeconds(150));
        cluster.startNode(1);
        cluster.awaitNodeReady(1, Duration.ofSeconds(150));
        cluster.startBalancer();
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
        if (database != null) {
            dropDatabase();
        }
    }

    /** Drops the test's database once the nodes' connections are gone (they may linger a moment after a kill). */
    private static void dropDatabase() throws Exception {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = postgres(serverUrl + "postgres");
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + database);
                return;
            } catch (java.sql.SQLException stillInUse) {
                if (attempt == 20) {
                    throw stillInUse;
                }
                Thread.sleep(500);
            }
        }
    }

    private static Connection postgres(String url) throws Exception {
        return DriverManager.getConnection(url, System.getenv("HARAMBEE_TEST_POSTGRES_USER"),
                System.getenv("HARAMBEE_TEST_POSTGRES_PASSWORD"));
    }

    @Test
    @Order(1)
    void aSignInMadeThroughTheBalancerHoldsOnBothNodes() throws Exception {
        String setup = setupLink();
        HttpResponse<String> done = staff.post(cluster.balancer() + setup, staff.token(cluster.balancer() + setup),
                Map.of("displayName", "Cluster staff", "email", STAFF_EMAIL, "password", PASSWORD,
                        "confirmation", PASSWORD));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).as("an administrator sets up a second "
                + "factor before the role can be used").endsWith("/account/security");
        Matcher key = AUTHENTICATOR_KEY.matcher(staff.get(cluster.balancer() + "/account/security/authenticator")
                .body());
        assertThat(key.find()).isTrue();
        authenticatorKey = AuthenticatorApp.key(key.group(1));
        // The form's token from another page of the session: opening the app's page again would make a new key.
        String token = staff.token(cluster.balancer() + "/account/security");
        assertThat(staff.post(cluster.balancer() + "/account/security/authenticator", token, Map.of("password",
                PASSWORD, "code", AuthenticatorApp.codeAt(authenticatorKey, Instant.now()))).statusCode())
                .isEqualTo(200);

        Set<String> servedBy = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> dashboard = staff.get(cluster.balancer() + "/dashboard");
            assertThat(dashboard.statusCode()).isEqualTo(200);
            assertThat(dashboard.body()).contains("Cluster staff");
            dashboard.headers().firstValue("X-Served-By").ifPresent(servedBy::add);
        }
        assertThat(servedBy).containsExactlyInAnyOrder("a", "b");
    }

    /**
     * The nodes reach search only through TLS and a password, as with a managed search service: a client that does
     * not trust the certificate the nodes were told to trust cannot connect, one without the password is refused.
     */
    @Test
    @Order(2)
    void theSearchClusterIsReachedOverTlsWithAPassword() throws Exception {
        HttpRequest health = HttpRequest.newBuilder(URI.create(cluster.gateway(0) + "/_cluster/health"))
                .timeout(Duration.ofSeconds(5)).build();
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(health, HttpResponse.BodyHandlers.discarding()))
                .as("a certificate outside the JVM's own trust store").isInstanceOf(SSLException.class);
        HttpClient trusting = cluster.trustingClient();
        assertThat(trusting.send(health, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
        assertThat(trusting.send(HttpRequest.newBuilder(health.uri()).header("Authorization", basic(Cluster.SEARCH_USER,
                "not the password")).build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
        assertThat(trusting.send(HttpRequest.newBuilder(health.uri()).header("Authorization", basic(Cluster.SEARCH_USER,
                cluster.searchPassword)).build(), HttpResponse.BodyHandlers.ofString()).body()).contains("\"status\"");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Order(3)
    void newsAnOrganizationAndALibraryFileWrittenOnOneNodeAreFoundAndServedByTheOtherWithinTwoSeconds() throws Exception {
        String word = "zebu" + UUID.randomUUID().toString().substring(0, 8);
        long item = written(NEWS_ITEM, staff.post(cluster.node(0) + "/news", staff.token(cluster.node(0) + "/news/new"),
                news("Cluster news " + word)));
        Duration lag = Cluster.waitFor(Duration.ofSeconds(2), "the news item in the other node's search", () ->
                body(cluster.node(1) + "/news?q=" + word).contains("/news/" + item));
        System.out.println("News item found through the other node after " + lag.toMillis() + " ms");

        String organization = "Cluster Tenants " + word;
        Browser applicant = new Browser();
        HttpResponse<String> applied = applicant.post(cluster.node(0) + "/apply/organization",
                applicant.token(cluster.node(0) + "/apply/organization"), MembershipFixtures.organizationApplication(
                        organization, "maria." + UUID.randomUUID() + "@cluster.example.org", anIssueArea()));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(302);
        Matcher application = Pattern.compile("/staff/applications/(\\d+)\"[^>]*>[^<]*" + Pattern.quote(organization))
                .matcher(body(cluster.node(0) + "/staff/applications"));
        assertThat(application.find()).as("the application in the staff's list").isTrue();
        String review = cluster.node(0) + "/staff/applications/" + application.group(1);
        assertThat(staff.post(review + "/approve", staff.token(review), Map.of("note", "Welcome")).statusCode())
                .isEqualTo(302);
        Duration found = Cluster.waitFor(Duration.ofSeconds(2), "the organization in the other node's directory", () ->
                body(cluster.node(1) + "/directory?q=" + word).contains(organization));
        System.out.println("Organization found through the other node after " + found.toMillis() + " ms");

        byte[] content = ("A report written on node A: " + word + "\n").repeat(2000).getBytes(StandardCharsets.UTF_8);
        long resource = written(RESOURCE, staff.upload(cluster.node(0) + "/library/submit",
                staff.token(cluster.node(0) + "/library/submit"), Map.of("title", "Cluster report " + word,
                        "summary", "Written through one node, read through the other.", "type", "REPORT",
                        "visibility", "PUBLIC", "languages", "en"), "file", "report.txt", "text/plain", content));
        Cluster.waitFor(Duration.ofSeconds(2), "the resource in the other node's search", () ->
                body(cluster.node(1) + "/library?q=" + word).contains("/library/" + resource));
        Matcher file = Pattern.compile("/library/" + resource + "/files/[0-9a-f-]{36}")
                .matcher(body(cluster.node(1) + "/library/" + resource));
        assertThat(file.find()).isTrue();
        HttpResponse<byte[]> download = staff.download(cluster.node(1) + file.group());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content);
    }

    @Test
    @Order(4)
    void theApiRateHoldsAcrossNodes() throws Exception {
        Browser anonymous = new Browser();
        List<Integer> statuses = new ArrayList<>();
        Set<String> servedBy = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> answer = anonymous.get(cluster.balancer() + "/api/v1/organizations");
            statuses.add(answer.statusCode());
            answer.headers().firstValue("X-Served-By").ifPresent(servedBy::add);
        }
        assertThat(servedBy).containsExactlyInAnyOrder("a", "b");
        assertThat(statuses.stream().filter(status -> status == 200).count()).isEqualTo(5);
        assertThat(statuses.stream().filter(status -> status == 429).count()).isEqualTo(5);
    }

    @Test
    @Order(5)
    void aWeeklyDigestDueOnBothNodesIsSentOnce() throws Exception {
        assertThat(staff.post(cluster.balancer() + "/following", staff.token(cluster.balancer() + "/following"),
                Map.of("cadence", "WEEKLY", "kinds", "NEWS")).statusCode()).isEqualTo(302);
        Cluster.waitFor(Duration.ofSeconds(15), "the weekly digest in the outbox", () -> digests() > 0);
        Thread.sleep(3000);
        assertThat(digests()).as("digests sent while both nodes looked every second for three more seconds")
                .isEqualTo(1);
    }

    private static long digests() {
        return count("select count(*) from outbox_message where recipient = ? and subject like '%weekly digest%'",
                STAFF_EMAIL);
    }

    /** The count the query answers in the cluster's database; -1 while it does not answer. */
    private static long count(String sql, String... parameters) {
        try (Connection connection = postgres(serverUrl + database);
                java.sql.PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (Exception unreachable) {
            return -1;
        }
    }

    @Test
    @Order(6)
    void whileTheSearchClusterRefusesWritesOrTheDatabaseIsAwayPagesAnswerAtOnceAndAllIsWellSoonAfterTheirReturn()
            throws Exception {
        String word = "tapir" + UUID.randomUUID().toString().substring(0, 8);
        int manager = cluster.searchManager();
        cluster.stopSearchNode(manager);
        long item = written(NEWS_ITEM, staff.post(cluster.balancer() + "/news",
                staff.token(cluster.balancer() + "/news/new"), news("Written without a search cluster " + word)));
        assertAnswersWithin(Duration.ofSeconds(15), cluster.balancer() + "/news?q=" + word);
        Cluster.waitFor(Duration.ofSeconds(120), "the write set aside by the outbox after three refusals", () ->
                count("select count(*) from hsearch_outbox_event where status = 'ABORTED'") > 0);
        cluster.startSearchNode(manager);
        cluster.awaitBothSearchNodes(Duration.ofSeconds(90));
        Duration back = Cluster.waitFor(Duration.ofSeconds(10), "the item written meanwhile found", () ->
                body(cluster.balancer() + "/news?q=" + word).contains("/news/" + item));
        System.out.println("Search found the item written while the search cluster refused writes " + back.toMillis()
                + " ms after its manager's return");

        String stop = System.getenv("HARAMBEE_TEST_POSTGRES_STOP");
        String start = System.getenv("HARAMBEE_TEST_POSTGRES_START");
        assumeTrue(stop != null && start != null, "Stopping PostgreSQL needs HARAMBEE_TEST_POSTGRES_STOP and "
                + "HARAMBEE_TEST_POSTGRES_START (commands; .ci/run gives them)");
        assertThat(new ProcessBuilder("sh", "-c", stop).inheritIO().start().waitFor()).isZero();
        try {
            assertThat(assertAnswersWithin(Duration.ofSeconds(15), cluster.balancer() + "/news?q=" + word))
                    .isEqualTo(503);
            assertThat(assertAnswersWithin(Duration.ofSeconds(15), cluster.balancer() + "/dashboard")).isEqualTo(503);
        } finally {
            assertThat(new ProcessBuilder("sh", "-c", start).inheritIO().start().waitFor()).isZero();
        }
        Duration healthy = Cluster.waitFor(Duration.ofSeconds(10), "the signed-in dashboard through both nodes", () ->
                Cluster.answers(cluster.node(0) + "/actuator/health", 200)
                        && Cluster.answers(cluster.node(1) + "/actuator/health", 200)
                        && body(cluster.node(0) + "/dashboard").contains("Cluster staff")
                        && body(cluster.node(1) + "/dashboard").contains("Cluster staff"));
        System.out.println("Healthy again " + healthy.toMillis() + " ms after PostgreSQL's return");
        assertThat(body(cluster.balancer() + "/news?q=" + word)).contains("/news/" + item);
    }

    /** The page answers (anything: an error is expected) within the time, rather than hanging; its status. */
    private static int assertAnswersWithin(Duration patience, String address) throws Exception {
        long started = System.nanoTime();
        int status;
        try {
            status = staff.get(address).statusCode();
        } catch (java.net.http.HttpTimeoutException hung) {
            throw new AssertionError(address + " did not answer within 30 s", hung);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println(address + " answered " + status + " in " + took.toMillis() + " ms");
        assertThat(took).isLessThan(patience);
        return status;
    }

    @Test
    @Order(7)
    void killingANodeUnderTwoHundredWritesLosesNoAcknowledgedOneAndTheSurvivorServesThemAll() throws Exception {
        // A fresh sign-in: its first notices are set by concurrent requests of one session (SharedSessions).
        String word = "okapi" + UUID.randomUUID().toString().substring(0, 8);
        Browser writer = new Browser();
        assertThat(writer.post(cluster.balancer() + "/login", writer.token(cluster.balancer() + "/login"),
                Map.of("username", STAFF_EMAIL, "password", PASSWORD)).statusCode()).isEqualTo(302);
        assertThat(writer.post(cluster.balancer() + "/login/code", writer.token(cluster.balancer() + "/login/code"),
                Map.of("code", AuthenticatorApp.codeAt(authenticatorKey, Instant.now()))).statusCode())
                .isEqualTo(302);
        String token = writer.token(cluster.balancer() + "/news/new");
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger survivorFailures = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(16);
        List<Future<Optional<Long>>> writes = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                String title = "Under load " + i + " " + word;
                writes.add(writers.submit((Callable<Optional<Long>>) () -> {
                    try {
                        HttpResponse<String> answer = writer.post(cluster.balancer() + "/news", token, news(title));
                        answered.incrementAndGet();
                        if (answer.statusCode() >= 500 && answer.headers().firstValue("X-Served-By").orElse("")
                                .equals("b")) {
                            survivorFailures.incrementAndGet();
                        }
                        Matcher id = NEWS_ITEM.matcher(answer.headers().firstValue("Location").map(Browser::path)
                                .orElse(""));
                        return answer.statusCode() == 302 && id.matches() ? Optional.of(Long.parseLong(id.group(1)))
                                : Optional.empty();
                    } catch (java.io.IOException lost) {
                        return Optional.empty();
                    }
                }));
            }
            Cluster.waitFor(Duration.ofSeconds(60), "40 writes answered", () -> answered.get() >= 40);
            cluster.nodes[0].destroyForcibly();
            List<Long> acknowledged = new ArrayList<>();
            for (Future<Optional<Long>> write : writes) {
                write.get().ifPresent(acknowledged::add);
            }
            System.out.println(acknowledged.size() + " of 200 writes acknowledged around the kill");
            assertThat(acknowledged.size()).isGreaterThan(100);
            assertThat(survivorFailures.get()).as("writes the surviving node failed").isZero();

            Duration took = Cluster.waitFor(Duration.ofSeconds(10), "every acknowledged item in the search cluster "
                    + "and found through the survivor", () -> cluster.indexed("news_item", acknowledged)
                            == acknowledged.size() && foundThroughTheBalancer(word) >= acknowledged.size());
            System.out.println("Every acknowledged write was searchable " + took.toMillis() + " ms after the writes");
            for (long id : acknowledged) {
                assertThat(staff.get(cluster.balancer() + "/news/" + id).statusCode()).isEqualTo(200);
            }
        } finally {
            writers.shutdownNow();
        }
    }

    private static long anIssueArea() throws Exception {
        try (Connection connection = postgres(serverUrl + database); Statement statement = connection.createStatement();
                java.sql.ResultSet row = statement.executeQuery("select min(id) from issue_area")) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * How many items the news search counts for the word (writes the killed node committed without answering may
     * be among them, so at least the acknowledged ones).
     */
    private static long foundThroughTheBalancer(String word) {
        Matcher count = Pattern.compile(">(\\d+) items<").matcher(body(cluster.balancer() + "/news?q=" + word));
        return count.find() ? Long.parseLong(count.group(1)) : -1;
    }

    private static Map<String, String> news(String title) {
        return Map.of("kind", "NEWS", "titleEn", title, "bodyEn", "Written while the cluster was tested.",
                "visibility", "PUBLIC");
    }

    private static long written(Pattern page, HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        Matcher id = page.matcher(answer.headers().firstValue("Location").map(Browser::path).orElse(""));
        assertThat(id.matches()).as(answer.headers().toString()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static String body(String address) {
        try {
            return staff.get(address).body();
        } catch (Exception unanswered) {
            return "";
        }
    }

    /** The single-use link the nodes print while there is no administrator (the last one printed is the valid one). */
    private static String setupLink() throws Exception {
        String found = null;
        for (String log : List.of(cluster.log("node-0"), cluster.log("node-1"))) {
            Matcher link = SETUP_LINK.matcher(log);
            while (link.find()) {
                if (Cluster.answers(cluster.node(0) + link.group(), 200)) {
                    found = link.group();
                }
            }
        }
        assertThat(found).as("a usable setup link in the nodes' logs").isNotNull();
        return found;
    }
}
