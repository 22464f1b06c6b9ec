package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installation's key signs what people hand back; it lives outside the database and survives restarts. */
class InstallationKeyTests {

    @Test
    void theFirstStartMakesAnOwnerOnlyKeyFileThatLaterStartsAndOtherNodesUse(@TempDir Path data) throws Exception {
        InstallationKey first = new InstallationKey("", data);
        Path file = data.resolve("secret.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file))).hasSize(InstallationKey.MIN_KEY_BYTES);
        String signature = first.sign("purpose", "12.someone");
        assertThat(new InstallationKey("", data).verifies("purpose", "12.someone", signature)).isTrue();
        assertThat(new InstallationKey("", Files.createDirectories(data.resolve("other"))).verifies("purpose",
                "12.someone", signature)).as("another installation's key").isFalse();
    }

    @Test
    void aSignatureProvesOnlyItsTextForItsPurpose(@TempDir Path data) {
        InstallationKey installationKey = new InstallationKey(Base64.getEncoder().encodeToString(new byte[40]), data);
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
        assertThatThrownBy(() -> new InstallationKey(Base64.getEncoder().encodeToString(new byte[16]), data))
                .hasMessageContaining("at least 32 bytes").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> new InstallationKey("not base64 at all!", data)).hasMessageContaining("Base64");
    }
}
