package org.harambee.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.harambee.site.DiskFileStorage;
import org.harambee.site.Installation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A file that never finishes reading, or whose reader fails badly (even running out of memory), ends as a
 * failed extraction with a reason, within the time limit, and the next file is read as usual.
 */
class TextExtractionTests {

    @TempDir
    Path dataDir;

    @Test
    void aReaderThatNeverFinishesIsStoppedAtTheTimeLimit() throws Exception {
        FileVersion version = extractWith((path, kind) -> {
            Thread.sleep(60_000);
            return "never";
        });
        assertThat(version.extraction()).isEqualTo(Extraction.FAILED);
        assertThat(version.extractionProblem()).isEqualTo("library.extraction.timeout");
    }

    @Test
    void aReaderThatFailsBadlyIsRecordedAsUnreadable() throws Exception {
        FileVersion version = extractWith((path, kind) -> {
            throw new OutOfMemoryError("hostile file");
        });
        assertThat(version.extraction()).isEqualTo(Extraction.FAILED);
        assertThat(version.extractionProblem()).isEqualTo("library.extraction.unreadable");
    }

    @Test
    void theTextIsKeptAndSearchedOnTheResource() throws Exception {
        FileVersion version = extractWith((path, kind) -> "  words inside  ");
        assertThat(version.extraction()).isEqualTo(Extraction.EXTRACTED);
        assertThat(version.extractedText()).isEqualTo("words inside");
    }

    private FileVersion extractWith(TextExtraction.TextReader reader) throws InterruptedException {
        byte[] content = "text".getBytes(StandardCharsets.UTF_8);
        FileStore store = new FileStore(new DiskFileStorage(installation(dataDir)));
        FileVersion version = new FileVersion(new CheckedFile("a.txt", FileKind.TXT, content.length, content),
                store.store(content), UUID.randomUUID(), Instant.now());
        Resource resource = new Resource(new ResourceDescription("A", "B", ResourceType.REPORT, null,
                ResourceVisibility.PUBLIC, null, null, Set.of(), Set.of(), List.of(), Set.of(), Set.of(), Set.of()),
                UUID.randomUUID(), Instant.now());
        resource.addFile(version);
        Resources resources = mock(Resources.class);
        when(resources.findByVersion(any())).thenReturn(Optional.of(resource));
        TextExtraction extraction = new TextExtraction(resources, store, mock(PlatformTransactionManager.class),
                Duration.ofMillis(300), reader);
        try {
            extraction.on(new TextToExtract(version.id()));
            Instant deadline = Instant.now().plusSeconds(10);
            while (version.extraction() == Extraction.PENDING && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            return version;
        } finally {
            extraction.stop();
        }
    }

    /** An installation keeping its files in {@code dataDir}. */
    static Installation installation(java.nio.file.Path dataDir) {
        return new Installation(URI.create("http://localhost:8080"), ZoneId.of("America/New_York"), "Test network",
                dataDir);
    }
}
