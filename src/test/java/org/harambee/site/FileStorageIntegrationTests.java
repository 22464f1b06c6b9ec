package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import org.harambee.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Both file stores (on disk for one node, in the test database for several) keep what they are given byte for byte,
 * across their chunks, and forget a file written in a transaction that rolled back.
 */
@IntegrationTest
class FileStorageIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Installation installation;
    @Autowired
    PlatformTransactionManager transactions;

    static List<String> kinds() {
        return List.of("disk", "database");
    }

    private FileStorage store(String kind) {
        return kind.equals("disk") ? new DiskFileStorage(installation) : new DatabaseFileStorage(jdbc);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aFileOfSeveralChunksIsReadBackWholeAsAStreamAndFromAPathAndIsGoneOnceRemoved(String kind) throws Exception {
        StoredFiles files = new StoredFiles(store(kind), "test-files");
        byte[] content = new byte[DatabaseFileStorage.CHUNK * 2 + 12_345];
        new Random(7).nextBytes(content);
        String name = files.store(content, ".pdf");

        try (InputStream in = files.resource(name).orElseThrow().getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(files.resource(name).orElseThrow().contentLength()).isEqualTo(content.length);
        assertThat(files.withPath(name, Files::readAllBytes)).hasValueSatisfying(read -> assertThat(read)
                .isEqualTo(content));
        files.remove(name);
        assertThat(files.resource(name)).isEmpty();
        assertThat(files.read(name)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anEmptyFileIsKeptAndNamesNotMadeByTheStoreReadNothing(String kind) throws Exception {
        StoredFiles files = new StoredFiles(store(kind), "test-files");
        String name = files.store(new byte[0]);
        assertThat(files.read(name)).hasValueSatisfying(read -> assertThat(read).isEmpty());
        assertThat(files.read("../secret.key")).isEmpty();
        assertThat(files.read(name + "/..")).isEmpty();
        assertThat(files.withPath("../../etc/passwd", Files::readAllBytes)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aFileStoredInATransactionThatRollsBackIsGoneAndOneRemovedAfterCommitStaysUntilTheCommit(String kind) {
        StoredFiles files = new StoredFiles(store(kind), "test-files");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        String[] stored = new String[1];
        transaction.executeWithoutResult(status -> {
            stored[0] = files.store(new byte[] {1, 2, 3});
            status.setRollbackOnly();
        });
        assertThat(files.resource(stored[0])).isEmpty();

        String kept = transaction.execute(status -> files.store(new byte[] {4, 5}));
        transaction.executeWithoutResult(status -> {
            files.removeAfterCommit(kept);
            assertThat(files.read(kept)).isPresent();
        });
        assertThat(files.read(kept)).isEmpty();
    }
}
