package org.harambee.site;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Files in the database, in chunks of {@value #CHUNK} bytes ({@code stored_file_chunk}): every node reads what any
 * node wrote, a database backup holds them, and a file is read one chunk at a time, so a download of a large file
 * never holds it whole in memory nor a connection for the length of the download.
 */
@Component
@ConditionalOnProperty(name = "harambee.files", havingValue = "database")
class DatabaseFileStorage implements FileStorage {

    static final int CHUNK = 256 * 1024;

    private final JdbcTemplate jdbc;

    DatabaseFileStorage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(String area, String name, byte[] content) {
        int chunks = Math.max(1, (content.length + CHUNK - 1) / CHUNK);
        for (int part = 0; part < chunks; part++) {
            byte[] bytes = Arrays.copyOfRange(content, part * CHUNK, Math.min(content.length, (part + 1) * CHUNK));
            jdbc.update("insert into stored_file_chunk (area, name, part, bytes) values (?, ?, ?, ?)", area, name,
                    part, bytes);
        }
    }

    @Override
    public Optional<Resource> resource(String area, String name) {
        Long parts = jdbc.queryForObject("select count(*) from stored_file_chunk where area = ? and name = ? "
                + "and part = 0", Long.class, area, name);
        return parts == null || parts == 0 ? Optional.empty() : Optional.of(new StoredChunks(area, name));
    }

    /** A file kept in chunks, opened again from its first chunk each time it is read. */
    private final class StoredChunks extends AbstractResource {

        private final String area;
        private final String name;

        StoredChunks(String area, String name) {
            this.area = area;
            this.name = name;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            byte[] first = chunk(area, name, 0);
            if (first == null) {
                throw new FileNotFoundException(getDescription());
            }
            return new ChunkStream(area, name, first);
        }

        @Override
        public long contentLength() {
            Long length = jdbc.queryForObject("select sum(octet_length(bytes)) from stored_file_chunk where area = ? "
                    + "and name = ?", Long.class, area, name);
            return length == null ? 0 : length;
        }

        @Override
        public String getDescription() {
            return "stored file " + area + "/" + name;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StoredChunks chunks && chunks.area.equals(area) && chunks.name.equals(name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(area, name);
        }
    }

    @Override
    public void delete(String area, String name) {
        jdbc.update("delete from stored_file_chunk where area = ? and name = ?", area, name);
    }

    @Override
    public <T> Optional<T> withPath(String area, String name, PathWork<T> work) throws Exception {
        Optional<Resource> content = resource(area, name);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Path copy = Files.createTempFile("harambee-", ".file");
        try {
            try (InputStream in = content.get().getInputStream(); OutputStream out = Files.newOutputStream(copy)) {
                in.transferTo(out);
            }
            return Optional.ofNullable(work.on(copy));
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private byte[] chunk(String area, String name, int part) {
        List<byte[]> found = jdbc.query("select bytes from stored_file_chunk where area = ? and name = ? and part = ?",
                (row, number) -> row.getBytes(1), area, name, part);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Reads a file chunk after chunk, each with its own short query. */
    private final class ChunkStream extends InputStream {

        private final String area;
        private final String name;
        private byte[] current;
        private int part;
        private int position;

        ChunkStream(String area, String name, byte[] first) {
            this.area = area;
            this.name = name;
            this.current = first;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (current != null && position == current.length) {
                current = current.length < CHUNK ? null : chunk(area, name, ++part);
                position = 0;
            }
            if (current == null) {
                return -1;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, into, offset, count);
            position += count;
            return count;
        }
    }
}
