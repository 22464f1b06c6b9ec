package org.harambee.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.harambee.Messages;
import org.harambee.site.UploadedFileName;

/**
 * Any upload to the library, under any of the names the library accepts, is either refused with a message that
 * exists or accepted as the kind both its content and its name say, under a name that is a plain base name; the
 * text read from an accepted file never exceeds the limit. Seeds (a small PDF, DOCX, ODT, zip bomb and broken
 * containers) and earlier findings are in {@code FileCheckFuzzTestsInputs/}.
 */
class FileCheckFuzzTests {

    private static final List<String> NAMES = List.of("report.pdf", "toolkit.docx", "policy.odt", "notes.txt",
            "page.html", "page.htm", "no-extension", "archive.zip");

    @FuzzTest
    void acceptsOnlyWhatContentAndNameAgreeOn(byte[] content) throws IOException {
        for (String name : NAMES) {
            CheckedFile checked;
            try {
                checked = FileCheck.check(name, content);
            } catch (RefusedFileException refused) {
                assertThat(Messages.defined(refused.key())).as("message %s", refused.key()).isTrue();
                continue;
            }
            assertThat(checked.name()).isEqualTo(name);
            assertThat(FileKind.named(name)).contains(checked.kind());
            FileKind found = FileCheck.detect(content).orElseThrow();
            assertThat(found == checked.kind() || found.text() && checked.kind().text()).isTrue();
            assertThat(checked.size()).isEqualTo(content.length).isLessThanOrEqualTo(FileCheck.MAX_BYTES);
            assertThat(extracted(content, checked.kind())).hasSizeLessThanOrEqualTo(TextExtractor.MAX_CHARS);
        }
    }

    @FuzzTest
    void reducesAnyNameToABaseName(byte[] sent) {
        String name = UploadedFileName.of(new String(sent, StandardCharsets.UTF_8), "document");
        assertThat(name).isNotBlank().hasSizeLessThanOrEqualTo(UploadedFileName.MAX_LENGTH).isEqualTo(name.strip())
                .doesNotStartWith(".").doesNotContain("/", "\\", "<", ">", ":", "\"", "|", "?", "*", ";", "%");
        assertThat(name.codePoints().filter(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT)).isEmpty();
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(name)).as("whole characters: %s", name).isTrue();
    }

    /**
     * The text the library would index: a parser's exception is a file it records as unreadable, so only the
     * length of what comes back is a property here.
     */
    private static String extracted(byte[] content, FileKind kind) throws IOException {
        Path file = Files.createTempFile("fuzzed-", "." + kind.name().toLowerCase(java.util.Locale.ROOT));
        try {
            Files.write(file, content);
            return TextExtractor.extract(file, kind);
        } catch (Exception unreadable) {
            return "";
        } finally {
            Files.delete(file);
        }
    }
}
