package org.harambee.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Files are read as UTF-8 (with or without its mark) or Windows-1252; anything else is refused with a reason. */
class ImportEncodingTests {

    private static final String ACCENTED = "name\nCentro Señora de Guadalupe – Niños “Sí”\n";

    @Test
    void utf8IsReadWithOrWithoutItsByteOrderMark() {
        byte[] plain = ACCENTED.getBytes(StandardCharsets.UTF_8);
        byte[] marked = ("\uFEFF" + ACCENTED).getBytes(StandardCharsets.UTF_8);
        assertThat(ImportEncoding.decode(plain).text()).isEqualTo(ACCENTED);
        assertThat(ImportEncoding.decode(marked).text()).isEqualTo(ACCENTED);
        assertThat(ImportEncoding.decode(marked).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void windows1252AsExcelSavesItIsReadWithItsAccentsAndQuotes() {
        ImportEncoding.Decoded decoded = ImportEncoding.decode(ACCENTED.getBytes(ImportEncoding.WINDOWS_1252));
        assertThat(decoded.text()).isEqualTo(ACCENTED);
        assertThat(decoded.charset()).isEqualTo(ImportEncoding.WINDOWS_1252);
    }

    @Test
    void utf16Utf32BinaryAndUndefinedBytesAreRefusedNamingTheEncodingsAccepted() {
        assertRefused(("\uFEFF" + ACCENTED).getBytes(StandardCharsets.UTF_16LE), "directory.import.refused.encoding");
        assertRefused(("\uFEFF" + ACCENTED).getBytes(StandardCharsets.UTF_16BE), "directory.import.refused.encoding");
        assertRefused(ACCENTED.getBytes(StandardCharsets.UTF_16LE), "directory.import.refused.encoding");
        assertRefused(new byte[] {0x00, 0x00, (byte) 0xFE, (byte) 0xFF, 0, 0, 0, 'a'},
                "directory.import.refused.encoding");
        assertRefused(new byte[] {'n', 'a', 'm', 'e', '\n', (byte) 0x81, (byte) 0xE9}, "directory.import.refused.encoding");
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0x00, 0x00},
                "directory.import.refused.encoding");
        assertRefused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xE9}, "directory.import.refused.encoding");
    }

    @Test
    void anEmptyFileOrAByteOrderMarkAloneIsRefusedAsEmpty() {
        assertRefused(new byte[0], "directory.import.refused.empty");
        assertRefused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "directory.import.refused.empty");
    }

    private static void assertRefused(byte[] bytes, String key) {
        assertThatThrownBy(() -> ImportEncoding.decode(bytes)).isInstanceOfSatisfying(RefusedFileException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }
}
