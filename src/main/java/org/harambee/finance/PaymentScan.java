package org.harambee.finance;

import java.util.Arrays;
import java.util.Locale;
import org.harambee.site.Refusal;
import org.harambee.site.UploadedFileName;

/**
 * A scan of what a payment was received as (a check, a bank slip, a cash receipt), checked before it is kept: not
 * empty, at most {@link #MAX_BYTES}, a PDF, PNG or JPEG judged by its first bytes (whatever the browser says it is),
 * its name's extension agreeing; the name is reduced to a readable base name. Refusals name the form's field that
 * sent it.
 */
record PaymentScan(String name, Kind kind, byte[] content) {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The kinds of scan kept, with the bytes they start with, the extensions that name them and their type. */
    enum Kind {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf"),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, "png"),
        JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, "jpg", "jpeg");

        private final String mediaType;
        private final byte[] magic;
        private final String[] extensions;

        Kind(String mediaType, byte[] magic, String... extensions) {
            this.mediaType = mediaType;
            this.magic = magic;
            this.extensions = extensions;
        }

        String mediaType() {
            return mediaType;
        }

        private boolean starts(byte[] content) {
            return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
        }

        private boolean names(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return Arrays.stream(extensions).anyMatch(extension -> lower.endsWith("." + extension));
        }
    }

    /** The scan sent as {@code originalName} in the form's field {@code field}, or a refusal at that field. */
    static PaymentScan of(String field, String originalName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new Refusal(field, "finance.scan.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new Refusal(field, "finance.scan.tooLarge");
        }
        Kind kind = Arrays.stream(Kind.values()).filter(candidate -> candidate.starts(content)).findFirst()
                .orElseThrow(() -> new Refusal(field, "finance.scan.unsupported"));
        String name = UploadedFileName.of(originalName, "scan");
        if (!kind.names(name)) {
            throw new Refusal(field, "finance.scan.mismatch");
        }
        return new PaymentScan(name, kind, content);
    }
}
