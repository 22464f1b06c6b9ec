package org.harambee.site;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.modulith.NamedInterface;

/**
 * Reads the bytes of an uploaded text file (a CSV import). UTF-8 is accepted with or without its byte order mark; a
 * file that is not valid UTF-8 is read as Windows-1252 (what Excel on Windows saves as "CSV") unless it holds a byte
 * that Windows-1252 leaves undefined, or reads mostly as UTF-8 with a few stray bytes (a mixed file). A UTF-16 or UTF-32 byte order mark, a NUL byte (binary files, UTF-16 without a
 * mark), a control character or anything else is refused, naming the line it is on: guessing further would import
 * garbled names.
 */
@NamedInterface(name = "api", propagate = false)
public final class UploadedText {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private UploadedText() {
    }

    /** The text of a file and the encoding it was read with. */
    @NamedInterface(name = "api", propagate = false)
    public record Decoded(String text, Charset charset) {
    }

    /** Why a file cannot be read as text. */
    @NamedInterface(name = "api", propagate = false)
    public enum Reason { EMPTY, ENCODING }

    /** The file cannot be read as text: why, and on which line (from 1) the first byte that cannot be read is. */
    @NamedInterface(name = "api", propagate = false)
    public static final class Unreadable extends RuntimeException {

        private final Reason reason;
        private final int line;

        Unreadable(Reason reason, int line) {
            super(reason + " at line " + line);
            this.reason = reason;
            this.line = line;
        }

        public Reason reason() {
            return reason;
        }

        public int line() {
            return line;
        }
    }

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)
                || startsWith(bytes, 0xFE, 0xFF)) {
            throw new Unreadable(Reason.ENCODING, 1);
        }
        boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
        int from = bom ? 3 : 0;
        if (bytes.length == from) {
            throw new Unreadable(Reason.EMPTY, 1);
        }
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new Unreadable(Reason.ENCODING, lineAt(bytes, i));
            }
        }
        Decoded decoded;
        try {
            decoded = new Decoded(strictly(bytes, from), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            if (bom || mostlyUtf8(bytes, from)) {
                throw new Unreadable(Reason.ENCODING, firstMalformedLine(bytes, from));
            }
            int undefined = undefinedInWindows1252(bytes);
            if (undefined >= 0) {
                throw new Unreadable(Reason.ENCODING, lineAt(bytes, undefined));
            }
            decoded = new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
        }
        String text = decoded.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw new Unreadable(Reason.ENCODING, 1 + (int) text.substring(0, i).chars().filter(n -> n == '\n').count());
            }
        }
        return decoded;
    }

    private static String strictly(byte[] bytes, int from) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
    }

    /** The line of the first byte sequence that is not UTF-8. */
    private static int firstMalformedLine(byte[] bytes, int from) {
        int start = from;
        for (int i = from; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    strictly(java.util.Arrays.copyOfRange(bytes, start, i), 0);
                } catch (CharacterCodingException malformed) {
                    return lineAt(bytes, start);
                }
                start = i + 1;
            }
        }
        return lineAt(bytes, bytes.length - 1);
    }

    /**
     * Whether the bytes read mostly as UTF-8: at least as many well-formed sequences of two or more bytes as bytes
     * above 127 outside them. Then a file that is not UTF-8 as a whole is UTF-8 with stray bytes (rows pasted from
     * elsewhere), and reading it as Windows-1252 would garble every accent in it. A Windows-1252 file has such a
     * sequence only by chance (a capital accented letter before a curly quote).
     */
    private static boolean mostlyUtf8(byte[] bytes, int from) {
        int sequences = 0;
        int strays = 0;
        for (int i = from; i < bytes.length; i++) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                continue;
            }
            int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            boolean continued = length > 0 && i + length <= bytes.length;
            for (int k = 1; continued && k < length; k++) {
                continued = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (continued) {
                sequences++;
                i += length - 1;
            } else {
                strays++;
            }
        }
        return sequences > 0 && sequences >= strays;
    }

    /** Where the first byte that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90 and 0x9D) is, or -1. */
    private static int undefinedInWindows1252(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int unsigned = bytes[i] & 0xFF;
            if (unsigned == 0x81 || unsigned == 0x8D || unsigned == 0x8F || unsigned == 0x90 || unsigned == 0x9D) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
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
