package org.harambee.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A whole cluster on this machine, each part a process of its own: a two-node OpenSearch cluster (the launcher in
 * {@code cluster/opensearch-node}) reached over TLS with a password (haproxy in front of each node), two Harambee nodes
 * from the packaged jar on one PostgreSQL database, and haproxy in front of them. What each process prints goes to a
 * log file under {@code target/cluster}.
 */
final class Cluster implements AutoCloseable {

    private static final HttpClient PLAIN = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final Path folder;
    final Path project;
    final int[] searchPorts = new int[2];
    private final int[] transportPorts = new int[2];
    final int[] nodePorts = new int[2];
    final int balancerPort;
    /** Where the nodes reach each OpenSearch node: over TLS, with a user name and password, through haproxy. */
    private final int[] gatewayPorts = new int[2];
    static final String SEARCH_USER = "harambee";
    final String searchPassword = UUID.randomUUID().toString().replace("-", "");
    /** The trust store (PKCS12) that holds the gateway's self-signed certificate, and its password. */
    final Path trustStore;
    final String trustStorePassword = "cluster-trust";
    final Process[] nodes = new Process[2];
    private final Process[] searchNodes = new Process[2];
    private Process balancer;
    private final Map<String, String> nodeEnvironment = new LinkedHashMap<>();
    private final List<Process> started = new ArrayList<>();

    Cluster(Path project, String databaseUrl, String user, String password) throws IOException {
        this.project = project;
        this.folder = project.resolve("target/cluster");
        this.trustStore = folder.resolve("search-trust.p12");
        Files.createDirectories(folder);
        for (int i = 0; i < 2; i++) {
            searchPorts[i] = freePort();
            transportPorts[i] = freePort();
            nodePorts[i] = freePort();
        }
        balancerPort = freePort();
        nodeEnvironment.put("SPRING_PROFILES_ACTIVE", "postgres,cluster");
        nodeEnvironment.put("SPRING_DATASOURCE_URL", databaseUrl);
        nodeEnvironment.put("SPRING_DATASOURCE_USERNAME", user);
        nodeEnvironment.put("SPRING_DATASOURCE_PASSWORD", password);
        for (int i = 0; i < 2; i++) {
            gatewayPorts[i] = freePort();
        }
        nodeEnvironment.put("HARAMBEE_SEARCH_URIS", gateway(0) + "," + gateway(1));
        nodeEnvironment.put("HARAMBEE_SEARCH_USERNAME", SEARCH_USER);
        nodeEnvironment.put("HARAMBEE_SEARCH_PASSWORD", searchPassword);
        nodeEnvironment.put("HARAMBEE_SECRET_KEY", Base64.getEncoder().encodeToString(new byte[32]));
        nodeEnvironment.put("HARAMBEE_BASE_URL", balancer());
        nodeEnvironment.put("HARAMBEE_API_RATE_PER_MINUTE_ANONYMOUS", "5");
        nodeEnvironment.put("SERVER_FORWARD_HEADERS_STRATEGY", "native");
    }

    String balancer() {
        return "http://127.0.0.1:" + balancerPort;
    }

    /** The TLS address of OpenSearch node {@code which}, through the gateway. */
    String gateway(int which) {
        return "https://127.0.0.1:" + gatewayPorts[which];
    }

    String node(int which) {
        return "http://127.0.0.1:" + nodePorts[which];
    }

    /** Starts both OpenSearch nodes and waits until they form a green cluster. */
    void startSearch() throws Exception {
        Path launcher = project.resolve("cluster/opensearch-node");
        if (!Files.isDirectory(launcher.resolve("target/lib"))) {
            Process build = new ProcessBuilder("mvn", "-B", "-q", "-f", launcher.resolve("pom.xml").toString(),
                    "package").redirectErrorStream(true).redirectOutput(folder.resolve("opensearch-build.log").toFile())
                    .start();
            if (build.waitFor() != 0) {
                throw new IllegalStateException("Building the OpenSearch launcher failed: see "
                        + folder.resolve("opensearch-build.log"));
            }
        }
        String seeds = "127.0.0.1:" + transportPorts[0] + ",127.0.0.1:" + transportPorts[1];
        for (int i = 0; i < 2; i++) {
            searchNodes[i] = startSearchNode(i, launcher, seeds);
        }
        waitFor(Duration.ofSeconds(90), "a green search cluster of two nodes", () -> answers("http://127.0.0.1:"
                + searchPorts[0] + "/_cluster/health?wait_for_nodes=2&wait_for_status=green&timeout=1s", 200));
        startSearchGateway();
    }

    /**
     * Puts TLS and a password in front of each OpenSearch node, as a managed search service has them: haproxy ends
     * TLS with a self-signed certificate made here (keytool), which only the trust store given to the nodes trusts,
     * and asks for basic authentication. The nodes reach search through it alone.
     */
    private void startSearchGateway() throws Exception {
        Path keyStore = folder.resolve("search-key.p12");
        Files.deleteIfExists(keyStore);
        String keyPassword = "cluster-key";
        Process keytool = new ProcessBuilder("keytool", "-genkeypair", "-alias", "search", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "2", "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1",
                "-keystore", keyStore.toString(), "-storetype", "PKCS12", "-storepass", keyPassword)
                .redirectErrorStream(true).redirectOutput(folder.resolve("keytool.log").toFile()).start();
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + Files.readString(folder.resolve("keytool.log")));
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, keyPassword.toCharArray());
        }
        Certificate certificate = keys.getCertificate("search");
        Base64.Encoder pem = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        Path pemFile = folder.resolve("search.pem");
        Files.writeString(pemFile, "-----BEGIN CERTIFICATE-----\n" + pem.encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\n" + pem.encodeToString(keys.getKey(
                        "search", keyPassword.toCharArray()).getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("search", certificate);
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            trusted.store(out, trustStorePassword.toCharArray());
        }
        List<String> lines = new ArrayList<>(List.of("global", "  maxconn 2000", "defaults", "  mode http",
                "  timeout connect 2s", "  timeout client 60s", "  timeout server 60s", "userlist search-users",
                "  user " + SEARCH_USER + " insecure-password " + searchPassword));
        for (int i = 0; i < 2; i++) {
            lines.addAll(List.of("frontend search-" + i, "  bind 127.0.0.1:" + gatewayPorts[i] + " ssl crt " + pemFile,
                    "  http-request auth realm search unless { http_auth(search-users) }",
                    "  default_backend search-" + i, "backend search-" + i,
                    "  retries 0", "  server search-" + i + " 127.0.0.1:" + searchPorts[i] + " check inter 500ms fall 1"));
        }
        lines.add("");
        Path configuration = folder.resolve("search-gateway.cfg");
        Files.writeString(configuration, String.join("\n", lines));
        start("search-gateway", Map.of(), "haproxy", "-db", "-f", configuration.toString());
        HttpClient trusting = trustingClient();
        waitFor(Duration.ofSeconds(20), "the search gateway asking for a password", () -> {
            try {
                return trusting.send(HttpRequest.newBuilder(URI.create(gateway(1) + "/")).timeout(Duration.ofSeconds(
                        3)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 401;
            } catch (IOException notYet) {
                return false;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    /** A client that trusts the gateway's certificate (and nothing else), and sends no password. */
    HttpClient trustingClient() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            trusted.load(in, trustStorePassword.toCharArray());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(
                TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, factory.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(2)).build();
    }

    /**
     * The OpenSearch node that manages the search cluster now. With two nodes the cluster cannot elect another while
     * it is away (a vote needs a majority), so every write to the search cluster is refused until it returns.
     */
    int searchManager() throws Exception {
        HttpResponse<String> answer = PLAIN.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + searchPorts[0] + "/_cat/cluster_manager?h=node")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        return switch (answer.body().strip()) {
            case "search-0" -> 0;
            case "search-1" -> 1;
            default -> throw new IllegalStateException("No search cluster manager named: " + answer.body());
        };
    }

    /** Waits until both OpenSearch nodes are in the search cluster again, with a manager elected. */
    void awaitBothSearchNodes(Duration patience) {
        waitFor(patience, "both search nodes in the search cluster", () -> answers("http://127.0.0.1:" + searchPorts[0]
                + "/_cluster/health?wait_for_nodes=2&timeout=1s", 200));
    }

    /** Stops one OpenSearch node as an operator would (SIGTERM), keeping its data. */
    void stopSearchNode(int i) throws InterruptedException {
        searchNodes[i].destroy();
        searchNodes[i].waitFor();
    }

    /** Starts a stopped OpenSearch node again on its data. */
    void startSearchNode(int i) throws IOException {
        searchNodes[i] = startSearchNode(i, project.resolve("cluster/opensearch-node"),
                "127.0.0.1:" + transportPorts[0] + ",127.0.0.1:" + transportPorts[1]);
    }

    private Process startSearchNode(int i, Path launcher, String seeds) throws IOException {
        Path home = folder.resolve("opensearch-" + i);
        return start("opensearch-" + i + "-" + started.size(), Map.of(), "java", "-Xms256m", "-Xmx512m", "-cp",
                launcher.resolve("target/classes") + ":" + launcher.resolve("target/lib") + "/*",
                "org.harambee.opensearch.OpenSearchNode", "--name", "search-" + i, "--cluster", "harambee-cluster-test",
                "--http", String.valueOf(searchPorts[i]), "--transport", String.valueOf(transportPorts[i]),
                "--home", home.toString(), "--seeds", seeds, "--managers", "search-0,search-1");
    }

    /** Starts the Harambee node {@code which} from the packaged jar. */
    void startNode(int which) throws IOException {
        Map<String, String> environment = new LinkedHashMap<>(nodeEnvironment);
        environment.put("SERVER_PORT", String.valueOf(nodePorts[which]));
        environment.put("HARAMBEE_DATA_DIR", folder.resolve("node-" + which).toString());
        nodes[which] = start("node-" + which, environment, "java", "-Xmx640m", "-Djavax.net.ssl.trustStore="
                + trustStore, "-Djavax.net.ssl.trustStorePassword=" + trustStorePassword, "-jar",
                project.resolve("target/harambee.jar").toString(), "--harambee.following.digest-check=PT1S");
    }

    /** Waits for the node's readiness; a node that stopped fails at once, with the end of its log. */
    void awaitNodeReady(int which, Duration patience) throws IOException {
        waitFor(patience, "node " + which + " ready", () -> {
            if (!nodes[which].isAlive()) {
                throw new AssertionError("Node " + which + " stopped while starting: " + tail("node-" + which));
            }
            return answers(node(which) + "/actuator/health/readiness", 200);
        });
    }

    private String tail(String name) {
        try {
            String log = log(name);
            return log.substring(Math.max(0, log.length() - 3000));
        } catch (IOException unreadable) {
            return "(no log)";
        }
    }

    /** Starts haproxy in front of both nodes: round robin, health-checked, a request that found no node retried. */
    void startBalancer() throws IOException {
        Path configuration = folder.resolve("haproxy.cfg");
        Files.writeString(configuration, String.join("\n",
                "global",
                "  maxconn 2000",
                "defaults",
                "  mode http",
                "  timeout connect 2s",
                "  timeout client 60s",
                "  timeout server 60s",
                "  retries 3",
                "  option redispatch",
                "  option forwardfor",
                "frontend web",
                "  bind 127.0.0.1:" + balancerPort,
                "  default_backend harambee",
                "backend harambee",
                "  balance roundrobin",
                "  option httpchk GET /actuator/health/readiness",
                "  http-response set-header X-Served-By %s",
                "  server a 127.0.0.1:" + nodePorts[0] + " check inter 500ms fall 2 rise 2",
                "  server b 127.0.0.1:" + nodePorts[1] + " check inter 500ms fall 2 rise 2",
                ""));
        balancer = start("haproxy", Map.of(), "haproxy", "-db", "-f", configuration.toString());
        waitFor(Duration.ofSeconds(20), "haproxy sending to both nodes", () -> answers(balancer()
                + "/actuator/health/readiness", 200));
    }

    /** How many of these entities the search cluster's index (by its read alias) holds. */
    long indexed(String index, java.util.Collection<Long> ids) {
        String body = "{\"size\":0,\"track_total_hits\":true,\"query\":{\"ids\":{\"values\":["
                + ids.stream().map(id -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(",")) + "]}}}";
        try {
            HttpResponse<String> answer = PLAIN.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + searchPorts[1] + "/" + index + "-read/_search")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            java.util.regex.Matcher total = java.util.regex.Pattern.compile("\"total\":\\{\"value\":(\\d+)")
                    .matcher(answer.body());
            return total.find() ? Long.parseLong(total.group(1)) : -1;
        } catch (IOException | RuntimeException unanswered) {
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The node's log so far. */
    String log(String name) throws IOException {
        return Files.readString(folder.resolve(name + ".log"));
    }

    private Process start(String name, Map<String, String> environment, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve(name + ".log").toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    static boolean answers(String address, int status) {
        try {
            return PLAIN.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == status;
        } catch (IOException | RuntimeException down) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until {@code condition} holds, failing with what was awaited once {@code patience} is over. */
    static Duration waitFor(Duration patience, String what, BooleanSupplier condition) {
        Instant start = Instant.now();
        Instant end = start.plus(patience);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Waited " + patience.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what);
            }
        }
        return Duration.between(start, Instant.now());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process process : started) {
            process.destroy();
        }
        for (Process process : started) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
