package org.harambee.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * Uploaded files kept on disk in one folder of {@code $HARAMBEE_DATA_DIR} (backed up with it), each under a random
 * name that says nothing of the file or of whom it concerns; what a file is called and who may read it is kept in
 * the database by the capability that stored it.
 */
@NamedInterface(name = "api", propagate = false)
public class StoredFiles {

    private final Path root;

    /** The files kept in the folder {@code folder} of the installation's data folder. */
    protected StoredFiles(Installation installation, String folder) {
        this.root = installation.dataDir().resolve(folder).toAbsolutePath().normalize();
    }

    /** Writes the bytes under a new random name and returns that name. */
    public String store(byte[] content) {
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
    public Path path(String storedAs) {
        return root.resolve(UUID.fromString(storedAs).toString());
    }

    /** Removes a stored file, if it is there. */
    public void remove(String storedAs) {
        try {
            Files.deleteIfExists(path(storedAs));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
