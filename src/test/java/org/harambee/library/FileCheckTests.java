package org.harambee.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCheckTests {

    @Test
    void acceptsEachKindWhenContentAndExtensionAgree() throws Exception {
        assertThat(FileCheck.check("toolkit.pdf", Documents.pdf("Hello")).kind()).isEqualTo(FileKind.PDF);
        assertThat(FileCheck.check("policy.docx", Documents.docx("Hello")).kind()).isEqualTo(FileKind.DOCX);
        assertThat(FileCheck.check("guía.odt", Documents.odt("Hola")).kind()).isEqualTo(FileKind.ODT);
        assertThat(FileCheck.check("notes.txt", utf8("plain words")).kind()).isEqualTo(FileKind.TXT);
        assertThat(FileCheck.check("page.html", utf8("<!DOCTYPE html><p>words</p>")).kind()).isEqualTo(FileKind.HTML);
    }

    @Test
    void refusesContentThatDoesNotMatchTheExtension() throws Exception {
        assertRefused("report.docx", Documents.pdf("Hello"), "library.file.mismatch");
        assertRefused("report.pdf", Documents.docx("Hello"), "library.file.mismatch");
        assertRefused("report.txt", Documents.pdf("Hello"), "library.file.mismatch");
        assertRefused("report.pdf", utf8("just text"), "library.file.mismatch");
    }

    @Test
    void refusesEmptyOversizeUnknownAndBinaryFiles() {
        assertRefused("empty.pdf", new byte[0], "library.file.empty");
        assertRefused("big.txt", new byte[(int) FileCheck.MAX_BYTES + 1], "library.file.tooLarge");
        assertRefused("program.exe", utf8("MZ"), "library.file.unsupported");
        assertRefused("binary.txt", new byte[] {1, 2, 3, 0, 5}, "library.file.unrecognized");
        assertRefused("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9}, "library.file.unrecognized");
    }

    @Test
    void refusesAZipBombNamedLikeAWordDocument() throws Exception {
        byte[] bomb = Documents.zipBomb(150);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertRefused("bomb.docx", bomb, "library.file.bomb");
    }

    @Test
    void extractsTextOfEachKindWithinTheLimit(@TempDir Path dir) throws Exception {
        assertThat(extract(dir, Documents.pdf("Ubuntu toolkit"), FileKind.PDF)).contains("Ubuntu toolkit");
        assertThat(extract(dir, Documents.docx("Model ordinance"), FileKind.DOCX)).contains("Model ordinance");
        assertThat(extract(dir, Documents.odt("Guía de derechos"), FileKind.ODT)).contains("Guía de derechos");
        assertThat(extract(dir, utf8("<html><body><p>Shadow</p><script>x()</script></body></html>"), FileKind.HTML))
                .contains("Shadow");
        String long3mb = "word ".repeat(600_000);
        assertThat(extract(dir, utf8(long3mb), FileKind.TXT)).hasSize(TextExtractor.MAX_CHARS);
    }

    private static String extract(Path dir, byte[] content, FileKind kind) throws Exception {
        Path file = Files.createTempFile(dir, "doc", ".bin");
        Files.write(file, content);
        return TextExtractor.extract(file, kind);
    }

    private static void assertRefused(String name, byte[] content, String reason) {
        assertThatThrownBy(() -> FileCheck.check(name, content)).isInstanceOf(RefusedFileException.class)
                .extracting(thrown -> ((RefusedFileException) thrown).key()).isEqualTo(reason);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
