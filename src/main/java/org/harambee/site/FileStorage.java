package org.harambee.site;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.modulith.NamedInterface;

/**
 * Where uploaded files are kept (logos, library files, payment scans), each under an area and a name the storing
 * capability chose. Two kinds: on disk in {@code $HARAMBEE_DATA_DIR} for one node ({@code harambee.files=disk}, the
 * default), in the database for several nodes ({@code harambee.files=database}, the cluster profile). Files written
 * inside a database transaction by the database store vanish with it when it rolls back.
 */
@NamedInterface(name = "api", propagate = false)
public interface FileStorage {

    void write(String area, String name, byte[] content);

    /**
     * The file as a resource that opens a new stream of its bytes each time it is asked (so that an answer may send
     * a range of it) and knows its length; empty when there is no such file.
     */
    Optional<Resource> resource(String area, String name);

    void delete(String area, String name);

    /**
     * Lets {@code work} read the file from a path of its own (readers that seek, such as PDF and zip readers); the
     * path is valid only during the call. Empty when there is no such file.
     */
    <T> Optional<T> withPath(String area, String name, PathWork<T> work) throws Exception;

    /** Work on a file's path. */
    @FunctionalInterface
    interface PathWork<T> {
        T on(Path file) throws Exception;
    }
}
