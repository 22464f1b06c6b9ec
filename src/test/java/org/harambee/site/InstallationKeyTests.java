package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installation's key signs what people hand back; it lives outside the database and survives restarts. */
class InstallationKeyTests {

    @Test
    void theFirstStartMakesAnOwnerOnlyKeyFileThatLaterStartsAndOtherNodesUse(@TempDir Path data) throws Exception {
        InstallationKey first = new InstallationKey("", installation(data));
        Path file = data.resolve("secret.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file))).hasSize(InstallationKey.MIN_KEY_BYTES);
        String signature = first.sign("purpose", "12.someone");
        assertThat(new InstallationKey("", installation(data)).verifies("purpose", "12.someone", signature)).isTrue();
        Path other = Files.createDirectories(data.resolve("other"));
        assertThat(new InstallationKey("", installation(other)).verifies("purpose",
                "12.someone", signature)).as("another installation's key").isFalse();
    }

    @Test
    void aSignatureProvesOnlyItsTextForItsPurpose(@TempDir Path data) {
        InstallationKey installationKey = new InstallationKey(Base64.getEncoder().encodeToString(new byte[40]),
                installation(data));
        String signature = installationKey.sign("unsubscribe", "12.someone");
        assertThat(installationKey.verifies("unsubscribe", "12.someone", signature)).isTrue();
        assertThat(installationKey.verifies("unsubscribe", "13.someone", signature)).isFalse();
        assertThat(installationKey.verifies("device", "12.someone", signature)).isFalse();
        assertThat(installationKey.verifies("unsubscribe", "12.someone", signature.substring(1))).isFalse();
        assertThat(installationKey.verifies("unsubscribe", "12.someone", null)).isFalse();
        assertThat(Files.exists(data.resolve("secret.key"))).as("a configured key writes no file").isFalse();
    }

    @Test
    void aConfiguredKeyTooShortOrNotBase64StopsTheStartWithWhatToDo(@TempDir Path data) {
        String tooShort = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new InstallationKey(tooShort, installation(data)))
                .hasMessageContaining("at least 32 bytes").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> new InstallationKey("not base64 at all!", installation(data)))
                .hasMessageContaining("Base64");
    }

    /** An installation keeping its files in {@code dataDir}. */
    static Installation installation(java.nio.file.Path dataDir) {
        return new Installation(URI.create("http://localhost:8080"), ZoneId.of("America/New_York"), "Test network",
                dataDir);
    }
}
