package org.harambee.library;

import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extracts the text of uploaded files in the background, after the upload has committed: at most
 * {@link #CONCURRENT} at a time, {@link #QUEUED} waiting, each in its own thread with a time limit, and every
 * failure (a broken file, a parser's error, running out of time or memory) recorded on the version as a reason
 * the uploader reads, never thrown at the application.
 */
@Component
class TextExtraction {

    static final int CONCURRENT = 2;
    static final int QUEUED = 200;
    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

    private final Resources resources;
    private final FileStore store;
    private final TransactionTemplate transactions;
    private final Duration timeLimit;
    private final ThreadPoolExecutor queue;
    private final ExecutorService workers;
    private final TextReader reader;

    @Autowired
    TextExtraction(Resources resources, FileStore store, PlatformTransactionManager transactionManager,
            @Value("${harambee.library.extraction-time-limit:60s}") Duration timeLimit) {
        this(resources, store, transactionManager, timeLimit, TextExtractor::extract);
    }

    /** With another way to read files (tests: a reader that never finishes, or fails badly). */
    TextExtraction(Resources resources, FileStore store, PlatformTransactionManager transactionManager,
            Duration timeLimit, TextReader reader) {
        this.reader = reader;
        this.resources = resources;
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
        this.timeLimit = timeLimit;
        this.queue = new ThreadPoolExecutor(CONCURRENT, CONCURRENT, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(QUEUED), daemons("library-extraction-"));
        this.workers = Executors.newCachedThreadPool(daemons("library-extractor-"));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(TextToExtract toRead) {
        try {
            queue.execute(() -> extract(toRead.versionId()));
        } catch (RejectedExecutionException busy) {
            record(toRead.versionId(), new Outcome(null, "library.extraction.busy"));
        }
    }

    private void extract(UUID versionId) {
        FileVersion version = transactions.execute(status -> resources.findByVersion(versionId)
                .flatMap(resource -> resource.version(versionId)).orElse(null));
        if (version == null) {
            return;
        }
        read(version).ifPresent(outcome -> record(versionId, outcome));
    }

    private void record(UUID versionId, Outcome outcome) {
        transactions.executeWithoutResult(status -> resources.findByVersion(versionId)
                .flatMap(resource -> resource.version(versionId)).ifPresent(outcome::recordOn));
    }

    /**
     * Reads the version's text now, in the calling thread's transaction, within the same time limit, and records
     * the outcome on it (resources staff add in bulk, whose text must be searchable when the addition commits).
     */
    void extractNow(FileVersion version) {
        read(version).ifPresent(outcome -> outcome.recordOn(version));
    }

    /**
     * The text of the version's file or the reason it could not be read; empty when the application is stopping. The
     * file is fetched in the calling thread (in its transaction, where a file stored in the database by that
     * transaction is visible), then read by a worker within the time limit.
     */
    private Optional<Outcome> read(FileVersion version) {
        try {
            return store.withPath(version.storedAs(), path -> read(path, version)).orElseGet(() -> {
                log.warn("The file of version {} is not in the store", version.id());
                return Optional.of(new Outcome(null, "library.extraction.unreadable"));
            });
        } catch (Exception unreachable) {
            log.warn("The file of version {} could not be fetched from the store", version.id(), unreachable);
            return Optional.of(new Outcome(null, "library.extraction.unreadable"));
        }
    }

    private Optional<Outcome> read(Path path, FileVersion version) {
        Future<String> work = workers.submit(() -> reader.read(path, version.kind()));
        try {
            return Optional.of(new Outcome(work.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS).strip(), null));
        } catch (TimeoutException late) {
            work.cancel(true);
            return Optional.of(new Outcome(null, "library.extraction.timeout"));
        } catch (ExecutionException failed) {
            log.info("Text extraction of {} failed: {}", version.id(), failed.getCause().toString());
            return Optional.of(new Outcome(null, "library.extraction.unreadable"));
        } catch (InterruptedException stopping) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (RuntimeException unexpected) {
            log.warn("Text extraction of {} failed", version.id(), unexpected);
            return Optional.of(new Outcome(null, "library.extraction.unreadable"));
        }
    }

    /** What reading a file gave: its text, or the message key of the reason it could not be read. */
    private record Outcome(String text, String problem) {

        /** Records the outcome on the version (only there: the resource's row is left alone). */
        void recordOn(FileVersion version) {
            if (problem == null) {
                version.extracted(text);
            } else {
                version.failed(problem);
            }
        }
    }

    @PreDestroy
    void stop() {
        queue.shutdownNow();
        workers.shutdownNow();
    }

    /** Reads the text of a stored file of this kind. */
    @FunctionalInterface
    interface TextReader {
        String read(Path file, FileKind kind) throws Exception;
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
