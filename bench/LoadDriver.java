import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small, bounded HTTP load driver for loopback benchmarks: for each URL, runs a warm-up, then
 * REQUESTS requests from CONCURRENCY connections (timed by bench/Timing.java), and prints median and p95 latency and throughput; the first URL is the baseline every other one is
 * compared to; a signed-in person's pages are asked with the session cookie COOKIE (e.g. {@code JSESSIONID=...}) when
 * set. Usage: [COOKIE=...] bench/java.sh LoadDriver.java CONCURRENCY REQUESTS URL...
 */
public class LoadDriver {

    record Result(String url, double medianMs, double p95Ms, double perSecond, int failures) {
    }

    public static void main(String[] args) throws Exception {
        int concurrency = Integer.parseInt(args[0]);
        int requests = Integer.parseInt(args[1]);
        List<String> urls = Arrays.asList(args).subList(2, args.length);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<Result> results = new ArrayList<>();
        for (String url : urls) {
            run(client, url, concurrency, Math.min(requests, 200));
            results.add(run(client, url, concurrency, requests));
        }
        Result baseline = results.get(0);
        System.out.printf("%-60s %10s %10s %10s %12s %12s %9s%n", "url", "median ms", "p95 ms", "req/s", "p95 ratio",
                "req/s ratio", "failures");
        for (Result r : results) {
            System.out.printf("%-60s %10.2f %10.2f %10.0f %12.1f %12.2f %9d%n", r.url(), r.medianMs(), r.p95Ms(),
                    r.perSecond(), r.p95Ms() / baseline.p95Ms(), r.perSecond() / baseline.perSecond(), r.failures());
        }
    }

    private static Result run(HttpClient client, String url, int concurrency, int requests) throws Exception {
        AtomicInteger failures = new AtomicInteger();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en");
        String cookie = System.getenv("COOKIE");
        if (cookie != null && !cookie.isBlank()) {
            builder.header("Cookie", cookie);
        }
        HttpRequest request = builder.build();
        Timing.Figures figures = Timing.measure(concurrency, requests, () -> {
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    failures.incrementAndGet();
                }
            } catch (Exception e) {
                failures.incrementAndGet();
            }
        });
        return new Result(url, figures.medianMs(), figures.p95Ms(), figures.perSecond(), failures.get());
    }
}
