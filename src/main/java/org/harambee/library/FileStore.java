package org.harambee.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.harambee.site.Installation;
import org.springframework.stereotype.Component;

/** Library files on disk under {@code $HARAMBEE_DATA_DIR/library}, each under a random name that says nothing. */
@Component
class FileStore {

    private final Path root;

    FileStore(Installation installation) {
        this.root = installation.dataDir().resolve("library").toAbsolutePath().normalize();
    }

    /** Writes the bytes under a new random name and returns that name. */
    String store(byte[] content) {
        String name = UUID.randomUUID().toString();
        try {
            Files.createDirectories(root);
            Files.write(root.resolve(name), content);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return name;
    }

    /** Where a stored file is; only names this store made resolve. */
    Path path(String storedAs) {
        return root.resolve(UUID.fromString(storedAs).toString());
    }
}
