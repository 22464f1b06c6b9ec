package org.harambee.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.harambee.site.UploadedFileName;

/**
 * Checks an upload before it is stored: not empty, at most {@link #MAX_BYTES}, a kind the library accepts
 * judged by its content (magic bytes, the parts inside a ZIP container, valid UTF-8 text), the extension agreeing
 * with the content, and a ZIP container that does not inflate beyond {@link #MAX_UNZIPPED_BYTES} (a zip bomb
 * named .docx is refused here, before anything parses it). The file name is reduced to a readable base name.
 */
final class FileCheck {

    static final long MAX_BYTES = 25L * 1024 * 1024;
    static final long MAX_UNZIPPED_BYTES = 100L * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 10_000;

    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

    private FileCheck() {
    }

    static CheckedFile check(String originalName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new RefusedFileException("library.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RefusedFileException("library.file.tooLarge");
        }
        String name = UploadedFileName.of(originalName, "document");
        FileKind claimed = FileKind.named(name).orElseThrow(() -> new RefusedFileException("library.file.unsupported"));
        FileKind found = detect(content).orElseThrow(() -> new RefusedFileException("library.file.unrecognized"));
        boolean agree = found == claimed || (found.text() && claimed.text());
        if (!agree) {
            throw new RefusedFileException("library.file.mismatch");
        }
        return new CheckedFile(name, claimed, content.length, content);
    }

    /** The kind the content is, whatever its name says. */
    static Optional<FileKind> detect(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(FileKind.PDF);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return container(content);
        }
        return text(content) ? Optional.of(looksLikeHtml(content) ? FileKind.HTML : FileKind.TXT) : Optional.empty();
    }

    /** What a ZIP container holds: an ODT names its type first, a DOCX has its main document part. */
    private static Optional<FileKind> container(byte[] content) {
        boolean odt = false;
        boolean docx = false;
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new RefusedFileException("library.file.bomb");
                }
                String entryName = entry.getName();
                if ("word/document.xml".equals(entryName)) {
                    docx = true;
                }
                StringBuilder mimetype = "mimetype".equals(entryName) ? new StringBuilder() : null;
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    inflated += read;
                    if (inflated > MAX_UNZIPPED_BYTES) {
                        throw new RefusedFileException("library.file.bomb");
                    }
                    if (mimetype != null && mimetype.length() < 100) {
                        mimetype.append(new String(buffer, 0, Math.min(read, 100), StandardCharsets.US_ASCII));
                    }
                }
                if (mimetype != null && mimetype.toString().strip().equals(ODT_MIMETYPE)) {
                    odt = true;
                }
            }
        } catch (IOException | IllegalArgumentException broken) {
            throw new RefusedFileException("library.file.unrecognized");
        }
        return odt ? Optional.of(FileKind.ODT) : docx ? Optional.of(FileKind.DOCX) : Optional.empty();
    }

    /** UTF-8 (with or without a byte order mark) without NUL or other binary control characters. */
    private static boolean text(byte[] content) {
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return decoded.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static boolean looksLikeHtml(byte[] content) {
        String start = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<html");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
