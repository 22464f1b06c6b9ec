import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indexing lag in the cluster shape: signs in as EMAIL through the balancer, keeps WRITERS threads publishing news
 * items through it, and meanwhile publishes SAMPLES items of its own, each with a word of its own, through one node,
 * then asks the other node's search until it finds the item (every 10 ms). Prints p50 and p95 of the lag from the
 * write's answer to the first search that finds it, and how many load writes were answered a second.
 * Usage: bench/java.sh ClusterLag.java BALANCER NODE_A NODE_B EMAIL PASSWORD CODE WRITERS SAMPLES (CODE: the staff
 * account's authenticator code now, for the second step its role requires; bench/TotpCode.java)
 */
public class ClusterLag {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String balancer = args[0];
        String nodeA = args[1];
        String nodeB = args[2];
        int writers = Integer.parseInt(args[6]);
        int samples = Integer.parseInt(args[7]);
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String token = token(client, balancer + "/login");
        int signedIn = post(client, balancer + "/login", token, "username=" + encode(args[3]) + "&password="
                + encode(args[4])).statusCode();
        if (signedIn != 302) {
            throw new IllegalStateException("Signing in answered " + signedIn);
        }
        int secondStep = post(client, balancer + "/login/code", token(client, balancer + "/login/code"),
                "code=" + encode(args[5])).statusCode();
        if (secondStep != 302) {
            throw new IllegalStateException("The second step answered " + secondStep);
        }
        String newsToken = token(client, balancer + "/news/new");
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger loadWrites = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(Math.max(1, writers));
        for (int i = 0; i < writers; i++) {
            load.submit(() -> {
                while (running.get()) {
                    try {
                        if (post(client, balancer + "/news", newsToken, news("Load " + UUID.randomUUID())).statusCode()
                                == 302) {
                            loadWrites.incrementAndGet();
                        }
                    } catch (Exception failed) {
                        return null;
                    }
                }
                return null;
            });
        }
        long started = System.nanoTime();
        List<Double> lags = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            String word = "lag" + UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> written = post(client, nodeA + "/news", newsToken, news("Measured " + word));
            if (written.statusCode() != 302) {
                throw new IllegalStateException("Writing answered " + written.statusCode() + ": "
                        + written.body().substring(0, Math.min(400, written.body().length())));
            }
            long answered = System.nanoTime();
            String item = written.headers().firstValue("Location").map(location -> URI.create(location).getPath())
                    .orElseThrow();
            while (!get(client, nodeB + "/news?q=" + word).contains(item)) {
                if (System.nanoTime() - answered > Duration.ofSeconds(60).toNanos()) {
                    throw new IllegalStateException(word + " not found within 60 s");
                }
                Thread.sleep(10);
            }
            lags.add((System.nanoTime() - answered) / 1e6);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        running.set(false);
        load.shutdown();
        Collections.sort(lags);
        System.out.printf("indexing lag, write on one node to a hit on the other, %d samples under %d writers: "
                + "p50 %.0f ms, p95 %.0f ms; load writes answered: %.1f a second%n", samples, writers,
                lags.get(lags.size() / 2), lags.get((int) Math.ceil(lags.size() * 0.95) - 1), loadWrites.get() / seconds);
    }

    private static String news(String title) {
        return "kind=NEWS&visibility=PUBLIC&titleEn=" + encode(title) + "&bodyEn=" + encode("Written by the benchmark.");
    }

    private static String token(HttpClient client, String address) throws Exception {
        Matcher token = CSRF.matcher(get(client, address));
        if (!token.find()) {
            throw new IllegalStateException("No form at " + address);
        }
        return token.group(1);
    }

    private static String get(HttpClient client, String address) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static HttpResponse<String> post(HttpClient client, String address, String token, String form)
            throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(token))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
