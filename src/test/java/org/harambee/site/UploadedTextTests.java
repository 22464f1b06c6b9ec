package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.harambee.site.UploadedText.Reason;
import org.junit.jupiter.api.Test;

/** Files are read as UTF-8 (with or without its mark) or Windows-1252; anything else is refused with its line. */
class UploadedTextTests {

    private static final String ACCENTED = "name\nCentro Señora de Guadalupe – Niños “Sí”\n";

    @Test
    void utf8IsReadWithOrWithoutItsByteOrderMark() {
        byte[] plain = ACCENTED.getBytes(StandardCharsets.UTF_8);
        byte[] marked = ("\uFEFF" + ACCENTED).getBytes(StandardCharsets.UTF_8);
        assertThat(UploadedText.decode(plain).text()).isEqualTo(ACCENTED);
        assertThat(UploadedText.decode(marked).text()).isEqualTo(ACCENTED);
        assertThat(UploadedText.decode(marked).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void windows1252AsExcelSavesItIsReadWithItsAccentsAndQuotes() {
        UploadedText.Decoded decoded = UploadedText.decode(ACCENTED.getBytes(UploadedText.WINDOWS_1252));
        assertThat(decoded.text()).isEqualTo(ACCENTED);
        assertThat(decoded.charset()).isEqualTo(UploadedText.WINDOWS_1252);
    }

    @Test
    void utf16Utf32BinaryAndUndefinedBytesAreRefusedNamingTheLine() {
        assertRefused(("\uFEFF" + ACCENTED).getBytes(StandardCharsets.UTF_16LE), Reason.ENCODING, 1);
        assertRefused(("\uFEFF" + ACCENTED).getBytes(StandardCharsets.UTF_16BE), Reason.ENCODING, 1);
        assertRefused(ACCENTED.getBytes(StandardCharsets.UTF_16LE), Reason.ENCODING, 1);
        assertRefused(new byte[] {0x00, 0x00, (byte) 0xFE, (byte) 0xFF, 0, 0, 0, 'a'}, Reason.ENCODING, 1);
        assertRefused(new byte[] {'n', 'a', 'm', 'e', '\n', 'x', '\n', (byte) 0x81, (byte) 0xE9}, Reason.ENCODING, 3);
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0x00, 0x00}, Reason.ENCODING, 3);
        assertRefused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', (byte) 0xE9}, Reason.ENCODING, 2);
    }

    @Test
    void aUtf8FileWithAStrayWindows1252ByteIsRefusedAtThatLineRatherThanGarbled() {
        byte[] utf8 = "name\nCentro Señora de Guadalupe, Niños “Sí”, Educación\n".getBytes(StandardCharsets.UTF_8);
        byte[] stray = "Caf\u00e9 Oaxaca\n".getBytes(UploadedText.WINDOWS_1252);
        byte[] mixed = new byte[utf8.length + stray.length];
        System.arraycopy(utf8, 0, mixed, 0, utf8.length);
        System.arraycopy(stray, 0, mixed, utf8.length, stray.length);
        assertRefused(mixed, Reason.ENCODING, 3);
    }

    @Test
    void anEmptyFileOrAByteOrderMarkAloneIsRefusedAsEmpty() {
        assertRefused(new byte[0], Reason.EMPTY, 1);
        assertRefused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Reason.EMPTY, 1);
    }

    private static void assertRefused(byte[] bytes, Reason reason, int line) {
        assertThatThrownBy(() -> UploadedText.decode(bytes)).isInstanceOfSatisfying(UploadedText.Unreadable.class,
                refused -> {
                    assertThat(refused.reason()).isEqualTo(reason);
                    assertThat(refused.line()).isEqualTo(line);
                });
    }
}
