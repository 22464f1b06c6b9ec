package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Any bytes uploaded as a CSV file are either read as text without control characters, in UTF-8 whenever they
 * are UTF-8, or refused with a reason and a line that exists in the file. Seeds (and every input a fuzzing run
 * found) are in {@code UploadedTextFuzzTestsInputs/}; they run in every build.
 */
class UploadedTextFuzzTests {

    @FuzzTest
    void decodesOrRefusesWithALine(byte[] file) {
        int lines = 1;
        for (byte b : file) {
            lines += b == '\n' ? 1 : 0;
        }
        UploadedText.Decoded decoded;
        try {
            decoded = UploadedText.decode(file);
        } catch (UploadedText.Unreadable refused) {
            assertThat(refused.line()).isBetween(1, lines);
            if (refused.reason() == UploadedText.Reason.EMPTY) {
                assertThat(file.length).isIn(0, 3);
            }
            return;
        }
        assertThat(decoded.charset()).isIn(StandardCharsets.UTF_8, UploadedText.WINDOWS_1252);
        assertThat(decoded.text()).isNotEmpty();
        assertThat(decoded.text().chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')).isEmpty();
        String utf8 = strictUtf8(file);
        if (utf8 != null) {
            assertThat(decoded.charset()).as("a UTF-8 file is read as UTF-8").isEqualTo(StandardCharsets.UTF_8);
            assertThat(decoded.text()).isEqualTo(utf8.startsWith("\uFEFF") ? utf8.substring(1) : utf8);
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
