package org.harambee.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.modulith.NamedInterface;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The uploaded files of one area (logos, library files, payment scans) in the installation's {@link FileStorage},
 * each under a random name that says nothing of the file or of whom it concerns; what a file is called and who may
 * read it is kept in the database by the capability that stored it. Only names this class makes are read, so a
 * stored name can never reach another area or outside the store.
 */
@NamedInterface(name = "api", propagate = false)
public class StoredFiles {

    private static final Pattern NAME = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}(\\.[a-z]{3,4})?");

    private final FileStorage storage;
    private final String area;

    public StoredFiles(FileStorage storage, String area) {
        this.storage = storage;
        this.area = area;
    }

    /**
     * Writes the bytes under a new random name ending in {@code suffix} (such as {@code ".png"}, or nothing) and
     * returns that name. Inside a transaction, the file is removed again if the transaction rolls back.
     */
    public String store(byte[] content, String suffix) {
        String name = UUID.randomUUID() + suffix;
        storage.write(area, name, content);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        storage.delete(area, name);
                    }
                }
            });
        }
        return name;
    }

    public String store(byte[] content) {
        return store(content, "");
    }

    /**
     * The stored file as a resource to send (it opens a new stream each time, so an answer may send a range of it);
     * empty when there is none of that name.
     */
    public Optional<Resource> resource(String storedAs) {
        return known(storedAs) ? storage.resource(area, storedAs) : Optional.empty();
    }

    /** The whole stored file, for small ones (logos, scans); empty when there is none of that name. */
    public Optional<byte[]> read(String storedAs) {
        return resource(storedAs).map(file -> {
            try (InputStream in = file.getInputStream()) {
                return in.readAllBytes();
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        });
    }

    /** Lets {@code work} read the stored file from a path, during the call only; empty when there is none. */
    public <T> Optional<T> withPath(String storedAs, FileStorage.PathWork<T> work) throws Exception {
        return known(storedAs) ? storage.withPath(area, storedAs, work) : Optional.empty();
    }

    /** Removes a stored file, if it is there. */
    public void remove(String storedAs) {
        if (known(storedAs)) {
            storage.delete(area, storedAs);
        }
    }

    /** Removes a stored file once the surrounding transaction has committed (at once without one). */
    public void removeAfterCommit(String storedAs) {
        if (storedAs == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    remove(storedAs);
                }
            });
        } else {
            remove(storedAs);
        }
    }

    private static boolean known(String storedAs) {
        return storedAs != null && NAME.matcher(storedAs).matches();
    }
}
