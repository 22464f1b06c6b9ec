package org.harambee.accountability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The real file of UPR recommendations the network's reference data holds, and pieces of it for tests. */
final class UprFiles {

    static final Path SESSIONS_1_TO_16 = Path.of("..", "shared", "data", "upr", "upr-recommendations-sessions-01-16.csv");
    static final int ROWS = 30_257;
    static final int TO_THE_UNITED_STATES = 280;

    private UprFiles() {
    }

    /**
     * Imports a file and makes sure this application context's index holds every recommendation: test contexts
     * share one database but each has its own index, and an import finds what another context imported unchanged.
     */
    static void imported(UprImporter importer, RecommendationIndex index, byte[] file) {
        importer.importFile("recommendations.csv", file);
        try {
            index.rebuildIfIncomplete().toCompletableFuture().get(2, TimeUnit.MINUTES);
        } catch (InterruptedException | ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("The recommendation index could not be rebuilt", failed);
        }
    }

    static byte[] all() {
        try {
            return Files.readAllBytes(SESSIONS_1_TO_16);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
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
