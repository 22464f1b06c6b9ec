package org.harambee.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Signs what Harambee hands out and later takes back as proof (a device cookie, the one-click unsubscribe link of
 * group e-mails) with HMAC-SHA256, under a key that is never in the database: a dump or a backup of the database
 * lets nobody forge them. The key is {@code HARAMBEE_SECRET_KEY} (at least 32 bytes, Base64) when it is set, else
 * the file {@code secret.key} in the data directory, made with owner-only permissions by the first node that starts.
 * Each purpose signs with a key of its own derived from it, so a signature made for one purpose proves nothing for
 * another. Changing the key makes every signature given before it worthless (people sign in again on their devices;
 * unsubscribe links in e-mails already sent stop working).
 */
@Component
@NamedInterface(name = "api", propagate = false)
public class InstallationKey {

    static final int MIN_KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final String KEY_FILE = "secret.key";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SEALING = "AES/GCM/NoPadding";
    private static final int GCM_NONCE_BYTES = 12;
    private static final int GCM_TAG_BITS = 128;
    private static final String MAKE_ONE = "make one with: openssl rand -base64 32";

    private final byte[] key;

    InstallationKey(@Value("${harambee.secret-key:}") String configured, Installation installation) {
        this.key = configured.isBlank() ? keyFile(installation.dataDir())
                : decoded(configured, "HARAMBEE_SECRET_KEY");
    }

    /** The signature of this text for this purpose, in URL-safe Base64 (43 characters). */
    public String sign(String purpose, String text) {
        byte[] signed = mac(mac(key, purpose.getBytes(StandardCharsets.UTF_8)), text.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    /** Whether the signature is this text's for this purpose, compared in constant time. */
    public boolean verifies(String purpose, String text, String signature) {
        return signature != null && MessageDigest.isEqual(sign(purpose, text).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Seals a secret kept in the database (an authenticator app's key) for this purpose: AES-256-GCM under a key
     * derived from the installation's, with a random nonce; URL-safe Base64. A dump of the database does not show it,
     * and a sealed value changed or moved to another purpose does not open.
     */
    public String seal(String purpose, byte[] secret) {
        byte[] nonce = new byte[GCM_NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(SEALING);
            cipher.init(Cipher.ENCRYPT_MODE, sealingKey(purpose), new GCMParameterSpec(GCM_TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret);
            byte[] whole = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, whole, 0, nonce.length);
            System.arraycopy(sealed, 0, whole, nonce.length, sealed.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(whole);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is always available", e);
        }
    }

    /** The secret {@link #seal} sealed for this purpose; empty when it was not sealed so (or under another key). */
    public Optional<byte[]> unseal(String purpose, String sealed) {
        try {
            byte[] whole = Base64.getUrlDecoder().decode(sealed);
            if (whole.length <= GCM_NONCE_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance(SEALING);
            cipher.init(Cipher.DECRYPT_MODE, sealingKey(purpose), new GCMParameterSpec(GCM_TAG_BITS, whole, 0,
                    GCM_NONCE_BYTES));
            return Optional.of(cipher.doFinal(whole, GCM_NONCE_BYTES, whole.length - GCM_NONCE_BYTES));
        } catch (IllegalArgumentException | GeneralSecurityException notSealedSo) {
            return Optional.empty();
        }
    }

    private SecretKeySpec sealingKey(String purpose) {
        return new SecretKeySpec(mac(key, ("seal\n" + purpose).getBytes(StandardCharsets.UTF_8)), "AES");
    }

    private static byte[] mac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is always available", e);
        }
    }

    /**
     * The key kept in this file; made when there is none (written whole to an owner-only file beside it, then linked
     * into place, which fails if another node was first: then that node's key is read).
     */
    private static byte[] keyFile(Path dataDir) {
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] made = new byte[MIN_KEY_BYTES];
                RANDOM.nextBytes(made);
                Path written = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                        ? Files.createTempFile(dataDir, "secret", ".key",
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                        : Files.createTempFile(dataDir, "secret", ".key");
                try {
                    Files.writeString(written, Base64.getEncoder().encodeToString(made));
                    placed(written, file);
                    return made;
                } catch (FileAlreadyExistsException anotherNodeWasFirst) {
                    return decoded(Files.readString(file), file.toString());
                } finally {
                    Files.deleteIfExists(written);
                }
            }
            return decoded(Files.readString(file), file.toString());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Harambee cannot read or make its secret key " + file, unreadable);
        }
    }

    /**
     * Puts the written key in place unless a key is there: a hard link fails if it is; where the file system has no
     * hard links, a move without replacing, which fails the same way.
     */
    private static void placed(Path written, Path file) throws IOException {
        try {
            Files.createLink(file, written);
        } catch (FileAlreadyExistsException taken) {
            throw taken;
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            Files.move(written, file);
        }
    }

    private static byte[] decoded(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(where + " must hold a key in Base64 (" + MAKE_ONE + ")");
        }
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalStateException(where + " must hold at least " + MIN_KEY_BYTES + " bytes (" + MAKE_ONE + ")");
        }
        return bytes;
    }
}
