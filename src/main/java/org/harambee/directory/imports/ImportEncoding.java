package org.harambee.directory.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the bytes of an uploaded file as text. UTF-8 is accepted with or without its byte order mark; a file that
 * is not valid UTF-8 is read as Windows-1252 (what Excel on Windows saves as "CSV") unless it holds a byte that
 * Windows-1252 leaves undefined. A UTF-16 or UTF-32 byte order mark, a NUL byte (binary files, UTF-16 without a
 * mark) or anything else is refused: guessing further would import garbled names.
 */
final class ImportEncoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ImportEncoding() {
    }

    /** The text of a file and the encoding it was read with. */
    record Decoded(String text, Charset charset) {
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)
                || startsWith(bytes, 0xFE, 0xFF)) {
            throw new RefusedFileException("directory.import.refused.encoding");
        }
        boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
        int from = bom ? 3 : 0;
        if (bytes.length == from) {
            throw new RefusedFileException("directory.import.refused.empty");
        }
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new RefusedFileException("directory.import.refused.encoding");
            }
        }
        Decoded decoded;
        try {
            decoded = new Decoded(strictly(StandardCharsets.UTF_8, bytes, from), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            if (bom || !windows1252(bytes)) {
                throw new RefusedFileException("directory.import.refused.encoding");
            }
            decoded = new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
        }
        if (decoded.text().chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            throw new RefusedFileException("directory.import.refused.encoding");
        }
        return decoded;
    }

    private static String strictly(Charset charset, byte[] bytes, int from) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
    }

    /** Whether every byte means a character in Windows-1252 (0x81, 0x8D, 0x8F, 0x90 and 0x9D do not). */
    private static boolean windows1252(byte[] bytes) {
        for (byte b : bytes) {
            int unsigned = b & 0xFF;
            if (unsigned == 0x81 || unsigned == 0x8D || unsigned == 0x8F || unsigned == 0x90 || unsigned == 0x9D) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
