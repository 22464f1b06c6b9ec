import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one timing harness of bench/: runs an action a bounded number of times from several threads (stopping after
 * MAX_SECONDS whatever happens) and gives the median and p95 of each run's time, and runs per second. The load
 * driver and the raw index queries measure through it, so their figures compare. Compiled before the programs that
 * use it (see bench/java.sh).
 */
public final class Timing {

    private static final int MAX_SECONDS = 120;

    /** What one measurement found: {@code done} runs, each one's median and p95 in milliseconds, runs per second. */
    public record Figures(double medianMs, double p95Ms, double perSecond, int done) {
    }

    /** One run of what is measured. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private Timing() {
    }

    /** Runs {@code action} {@code runs} times from {@code concurrency} threads. */
    public static Figures measure(int concurrency, int runs, Action action) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(MAX_SECONDS).toNanos();
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[runs];
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < runs && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    action.run();
                    latencies[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        int done = Math.min(next.get(), runs);
        long[] measured = Arrays.copyOf(latencies, done);
        Arrays.sort(measured);
        return new Figures(measured[done / 2] / 1e6, measured[(int) (done * 0.95)] / 1e6, done / seconds, done);
    }
}
