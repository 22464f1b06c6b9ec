package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.harambee.Messages;
import org.harambee.membership.Logos.ImageType;
import org.harambee.membership.Logos.RefusedLogoException;

/**
 * Any bytes uploaded as a logo are either refused with a message that exists, or stored as an image of the same
 * type that the JDK reads back (PNG, JPEG) or a WebP holding nothing but its image chunks, within the allowed
 * size. Seeds and earlier findings are in {@code LogoImagesFuzzTestsInputs/}.
 */
class LogoImagesFuzzTests {

    @FuzzTest
    void storesACleanImageOrRefuses(byte[] upload) throws IOException {
        Optional<ImageType> type = ImageType.of(upload);
        if (type.isEmpty()) {
            return;
        }
        byte[] cleaned;
        try {
            cleaned = LogoImages.clean(type.get(), upload);
        } catch (RefusedLogoException refused) {
            assertThat(Messages.defined(refused.key())).as("message %s", refused.key()).isTrue();
            return;
        }
        assertThat(ImageType.of(cleaned)).contains(type.get());
        if (type.get() == ImageType.WEBP) {
            assertThat(chunks(cleaned)).isNotEmpty().isSubsetOf("VP8X", "ALPH", "VP8 ", "VP8L");
            return;
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isBetween(LogoImages.MIN_SIDE, LogoImages.MAX_SIDE);
        assertThat(image.getHeight()).isBetween(LogoImages.MIN_SIDE, LogoImages.MAX_SIDE);
    }

    /** The four-character codes of a RIFF container's chunks, which must fill it exactly. */
    private static List<String> chunks(byte[] webp) {
        ByteBuffer riff = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(riff.getInt(4)).isEqualTo(webp.length - 8);
        List<String> codes = new ArrayList<>();
        for (int at = 12; at < webp.length; ) {
            codes.add(new String(webp, at, 4, StandardCharsets.US_ASCII));
            int size = riff.getInt(at + 4);
            at += 8 + size + (size & 1);
            assertThat(at).isLessThanOrEqualTo(webp.length);
        }
        return codes;
    }
}
