package org.harambee.membership;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.harambee.site.FileStorage;
import org.harambee.site.Refusal;
import org.harambee.site.StoredFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Organization logos, in the area {@code logos} of the installation's file storage, with random names. A logo is
 * accepted only when its content is a PNG, JPEG or WebP image (whatever the file's name says) of at most 1 MB and of
 * {@value LogoImages#MIN_SIDE} to {@value LogoImages#MAX_SIDE} pixels a side and at most
 * {@value LogoImages#MAX_PIXELS} pixels in all (read from the header before anything is decoded); it is stored
 * without its metadata (see {@link LogoImages}). Few logos are read at once ({@link #inTurn}).
 */
@Component
class Logos {

    static final long MAX_BYTES = 1024 * 1024;
    /** How many logos one node reads at once; more wait up to {@link #WAIT} for their turn, then are refused. */
    static final int AT_ONCE = 2;
    static final Duration WAIT = Duration.ofSeconds(5);

    private final StoredFiles files;
    private final Semaphore imageWork;
    private final Duration wait;

    @Autowired
    Logos(FileStorage storage) {
        this(storage, AT_ONCE, WAIT);
    }

    Logos(FileStorage storage, int atOnce, Duration wait) {
        this.files = new StoredFiles(storage, "logos");
        this.imageWork = new Semaphore(atOnce);
        this.wait = wait;
    }

    /** The image types accepted, recognized by their first bytes. */
    enum ImageType {
        PNG("image/png", "png"), JPEG("image/jpeg", "jpg"), WEBP("image/webp", "webp");

        final String contentType;
        final String extension;

        ImageType(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        static Optional<ImageType> of(byte[] content) {
            if (startsWith(content, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
                return Optional.of(PNG);
            }
            if (startsWith(content, 0, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
                return Optional.of(JPEG);
            }
            if (startsWith(content, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
                    && startsWith(content, 8, "WEBPVP8".getBytes(StandardCharsets.US_ASCII))) {
                return Optional.of(WEBP);
            }
            return Optional.empty();
        }

        static Optional<ImageType> ofContentType(String contentType) {
            return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
        }

        private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
            return content.length >= offset + prefix.length
                    && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
        }
    }

    /** A logo stored. */
    record StoredLogo(String file, ImageType type) {
    }

    /**
     * Checks a logo, removes its metadata and stores it (a refused one throws {@link RefusedLogoException}).
     * The file is removed again if the surrounding transaction rolls back.
     */
    StoredLogo store(byte[] content) {
        ImageType type = ImageType.of(content).orElseThrow(() -> new RefusedLogoException("membership.logo.notImage"));
        if (content.length > MAX_BYTES) {
            throw new RefusedLogoException("membership.logo.tooLarge");
        }
        byte[] cleaned = inTurn(() -> LogoImages.clean(type, content));
        return new StoredLogo(files.store(cleaned, "." + type.extension), type);
    }

    /**
     * Image work bounded per node: at most {@link #AT_ONCE} images are read at a time (each is bounded in pixels, so
     * in time), so a burst of uploads cannot take every processor; one that cannot start within {@link #WAIT} is
     * refused with a message asking to try again in a moment.
     */
    <T> T inTurn(Supplier<T> work) {
        boolean admitted;
        try {
            admitted = imageWork.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new RefusedLogoException("membership.logo.busy");
        }
        try {
            return work.get();
        } finally {
            imageWork.release();
        }
    }

    Optional<byte[]> read(String file) {
        return files.read(file);
    }

    /** Deletes a logo once the surrounding transaction has committed (at once without one). */
    void deleteAfterCommit(String file) {
        files.removeAfterCommit(file);
    }

    /** A logo that is not accepted, with the message code that says why. */
    static class RefusedLogoException extends Refusal {

        RefusedLogoException(String key) {
            super("logo", key);
        }
    }
}
