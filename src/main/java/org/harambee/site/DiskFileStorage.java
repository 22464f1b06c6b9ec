package org.harambee.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/** Files in folders of {@code $HARAMBEE_DATA_DIR}, one per area: one node, backed up with the data folder. */
@Component
@ConditionalOnProperty(name = "harambee.files", havingValue = "disk", matchIfMissing = true)
@NamedInterface(name = "api", propagate = false)
public class DiskFileStorage implements FileStorage {

    private final Path root;

    public DiskFileStorage(Installation installation) {
        this.root = installation.dataDir().toAbsolutePath().normalize();
    }

    @Override
    public void write(String area, String name, byte[] content) {
        try {
            Files.createDirectories(root.resolve(area));
            Files.write(file(area, name), content);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public Optional<Resource> resource(String area, String name) {
        Path file = file(area, name);
        return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
    }

    @Override
    public void delete(String area, String name) {
        try {
            Files.deleteIfExists(file(area, name));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public <T> Optional<T> withPath(String area, String name, PathWork<T> work) throws Exception {
        Path file = file(area, name);
        return Files.isRegularFile(file) ? Optional.ofNullable(work.on(file)) : Optional.empty();
    }

    private Path file(String area, String name) {
        return root.resolve(area).resolve(name);
    }
}
