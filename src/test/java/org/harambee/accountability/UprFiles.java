package org.harambee.accountability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.harambee.search.SearchIndexes;

/**
 * The real file of UPR recommendations of sessions 1 to 16 (a copy of the network's reference data, kept
 * compressed beside these tests so that the repository alone runs them), and pieces of it for tests.
 */
final class UprFiles {

    private static final String RESOURCE = "upr-recommendations-sessions-01-16.csv.gz";
    static final int ROWS = 30_257;
    static final int TO_THE_UNITED_STATES = 280;

    private UprFiles() {
    }

    /**
     * Imports a file and makes sure this application context's index holds every recommendation: test contexts
     * share one database but each has its own index, and an import finds what another context imported unchanged.
     */
    static void imported(UprImporter importer, SearchIndexes index, byte[] file) {
        importer.importFile("recommendations.csv", file);
        try {
            index.rebuildIfStale(Recommendation.class).toCompletableFuture().get(2, TimeUnit.MINUTES);
        } catch (InterruptedException | ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("The recommendation index could not be rebuilt", failed);
        }
    }

    static byte[] all() {
        try (InputStream compressed = UprFiles.class.getResourceAsStream(RESOURCE)) {
            if (compressed == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + UprFiles.class.getName());
            }
            return new GZIPInputStream(compressed).readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The whole file written out, for a browser to upload. */
    static Path written(Path folder) {
        try {
            return Files.write(folder.resolve("upr-recommendations-sessions-01-16.csv"), all());
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    static String text() {
        return new String(all(), StandardCharsets.UTF_8);
    }

    /** The header and the rows to the United States: 280 recommendations of session 9. */
    static byte[] unitedStates() {
        String[] lines = text().split("\n");
        StringBuilder us = new StringBuilder(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith("9,United States,")) {
                us.append(lines[i]).append('\n');
            }
        }
        return us.toString().getBytes(StandardCharsets.UTF_8);
    }
}
