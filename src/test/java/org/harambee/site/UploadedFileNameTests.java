package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every upload keeps a readable base name that any database stores: no folders, no control characters, not too long. */
class UploadedFileNameTests {

    @Test
    void keepsAReadableBaseNameWithoutFoldersOrControlCharacters() {
        assertThat(UploadedFileName.of("../../etc/passwd.txt", "document")).isEqualTo("passwd.txt");
        assertThat(UploadedFileName.of("C:\\Users\\ana\\Informe final.pdf", "document")).isEqualTo("Informe final.pdf");
        assertThat(UploadedFileName.of("re\u0000port\u202E.pdf", "document")).isEqualTo("report.pdf");
        assertThat(UploadedFileName.of("a\"b<c>.pdf", "document")).isEqualTo("a_b_c_.pdf");
        assertThat(UploadedFileName.of(".hidden.txt", "document")).isEqualTo("hidden.txt");
    }

    @Test
    void aNameWithNothingReadableLeftIsTheBaseGiven() {
        assertThat(UploadedFileName.of("/", "document")).isEqualTo("document");
        assertThat(UploadedFileName.of("\u0000", "organizations")).isEqualTo("organizations");
        assertThat(UploadedFileName.of(null, "recommendations")).isEqualTo("recommendations");
    }

    @Test
    void aLongNameIsShortenedKeepingItsExtension() {
        assertThat(UploadedFileName.of("x".repeat(400) + ".pdf", "document"))
                .hasSize(UploadedFileName.MAX_LENGTH).endsWith(".pdf");
    }
}
