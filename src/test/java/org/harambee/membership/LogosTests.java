package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.harambee.site.DiskFileStorage;
import org.harambee.site.Installation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logos are stored without metadata (where a photo was taken, with which camera, by whom) and only when their
 * pixel size is sensible; damaged images are refused. The images are made here, with ImageIO or byte by byte.
 */
class LogosTests {

    @TempDir
    Path dataDir;

    Logos logos;

    @BeforeEach
    void setUp() {
        logos = new Logos(new DiskFileStorage(installation(dataDir)));
    }

    // Images made for the tests

    static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, 0xff000000 | (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x40);
            }
        }
        return image;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    static byte[] jpeg(int width, int height) throws IOException {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    static byte[] png(int width, int height) throws IOException {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An EXIF APP1 segment as a phone writes it, in short: IFD0 with the camera's make and serial number, the
     * artist, and a pointer to a GPS IFD with a latitude and longitude.
     */
    static byte[] exifSegment() {
        ByteBuffer tiff = ByteBuffer.allocate(256).order(ByteOrder.BIG_ENDIAN);
        tiff.put(ascii("MM")).putShort((short) 42).putInt(8);
        // IFD0 at 8: 3 entries, then next-IFD 0; values from 50 on.
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x013b).putShort((short) 2).putInt(12).putInt(50); // Artist
        tiff.putShort((short) 0xa431).putShort((short) 2).putInt(12).putInt(62); // BodySerialNumber
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(80); // GPS IFD pointer
        tiff.putInt(0);
        tiff.position(50);
        tiff.put(ascii("Ana Morales\0")).put(ascii("SN-48213977\0"));
        // GPS IFD at 80: latitude ref and latitude (3 rationals at 120), longitude ref and longitude (at 144).
        tiff.position(80);
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(ascii("N\0\0\0"));
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(120);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(ascii("W\0\0\0"));
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(144);
        tiff.putInt(0);
        tiff.position(120);
        tiff.putInt(31).putInt(1).putInt(45).putInt(1).putInt(1234).putInt(100);
        tiff.putInt(106).putInt(1).putInt(29).putInt(1).putInt(5678).putInt(100);
        byte[] body = concat(ascii("Exif\0\0"), Arrays.copyOf(tiff.array(), 168));
        return concat(new byte[] {(byte) 0xff, (byte) 0xe1, (byte) ((body.length + 2) >> 8),
                (byte) (body.length + 2)}, body);
    }

    /** A JPEG with an EXIF segment (GPS, serial, artist) and a comment, right after the JFIF header. */
    static byte[] jpegWithExif(int width, int height) throws IOException {
        byte[] plain = jpeg(width, height);
        assertThat(plain[2] & 0xff).isEqualTo(0xff);
        assertThat(plain[3] & 0xff).isEqualTo(0xe0); // JFIF APP0 first
        int afterApp0 = 4 + ((plain[4] & 0xff) << 8 | plain[5] & 0xff);
        byte[] comment = ascii("Shot at the safe house");
        byte[] com = concat(new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) (comment.length + 2)}, comment);
        return concat(Arrays.copyOf(plain, afterApp0), exifSegment(), com,
                Arrays.copyOfRange(plain, afterApp0, plain.length));
    }

    /** The same PNG with a chunk added after IHDR (its CRC computed). */
    static byte[] withChunk(byte[] png, String type, byte[] data) {
        int afterIhdr = 8 + 8 + 13 + 4;
        return concat(Arrays.copyOf(png, afterIhdr), pngChunk(type, data),
                Arrays.copyOfRange(png, afterIhdr, png.length));
    }

    static byte[] pngChunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(ascii(type)).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** The same PNG, its header declaring another size (the pixel data is left as it was). */
    static byte[] declaringPngSize(byte[] png, int width, int height) {
        byte[] ihdr = Arrays.copyOfRange(png, 16, 29);
        ByteBuffer.wrap(ihdr).putInt(0, width).putInt(4, height);
        return concat(Arrays.copyOf(png, 8), pngChunk("IHDR", ihdr), Arrays.copyOfRange(png, 33, png.length));
    }

    /** The same JPEG, its frame header (SOF0) declaring another size. */
    static byte[] declaringJpegSize(byte[] jpeg, int width, int height) {
        byte[] bytes = jpeg.clone();
        for (int i = 2; i + 9 < bytes.length; i++) {
            if ((bytes[i] & 0xff) == 0xff && (bytes[i + 1] & 0xff) == 0xc0) {
                ByteBuffer.wrap(bytes).putShort(i + 5, (short) height).putShort(i + 7, (short) width);
                return bytes;
            }
        }
        throw new AssertionError("no SOF0");
    }

    /**
     * A lossless WebP bitstream (VP8L) of one colour, written bit by bit: the header (size, alpha used), no
     * transform, no colour cache, no meta codes, then five prefix codes of one symbol each (green, red, blue,
     * alpha, distance), so every pixel takes zero bits. libwebp decodes it.
     */
    static byte[] vp8l(int width, int height, int argb) {
        BitWriter writer = new BitWriter();
        writer.put(0x2f, 8);
        writer.put(width - 1, 14);
        writer.put(height - 1, 14);
        writer.put(1, 1); // alpha is used
        writer.put(0, 3); // version
        writer.put(0, 1); // no transform
        writer.put(0, 1); // no colour cache
        writer.put(0, 1); // no meta prefix codes
        // The five codes, 11 bits each: simple (1), one symbol (0), an 8-bit symbol (1), the symbol.
        int[] symbols = {argb >>> 8 & 0xff, argb >>> 16 & 0xff, argb & 0xff, argb >>> 24 & 0xff, 0};
        for (int symbol : symbols) {
            writer.put(1, 1);
            writer.put(0, 1);
            writer.put(1, 1);
            writer.put(symbol, 8);
        }
        return writer.bytes();
    }

    static final class BitWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        void put(long value, int count) {
            for (int i = 0; i < count; i++) {
                current |= (int) (value >>> i & 1) << used;
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
        }

        byte[] bytes() {
            return used == 0 ? out.toByteArray() : concat(out.toByteArray(), new byte[] {(byte) current});
        }
    }

    static byte[] riffChunk(String fourcc, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        return chunk.put(ascii(fourcc)).putInt(data.length).put(data).array();
    }

    static byte[] webp(byte[]... chunks) {
        byte[] body = concat(ascii("WEBP"), concat(chunks));
        return concat(ascii("RIFF"), ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(body.length).array(),
                body);
    }

    static byte[] vp8x(int flags, int width, int height) {
        return ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN).putInt(flags)
                .put((byte) (width - 1)).putShort((short) ((width - 1) >> 8))
                .put((byte) (height - 1)).putShort((short) ((height - 1) >> 8)).array();
    }

    static final int ICC = 0x20;
    static final int ALPHA = 0x10;
    static final int EXIF = 0x08;
    static final int XMP = 0x04;

    byte[] stored(byte[] content) throws IOException {
        Logos.StoredLogo logo = logos.store(content);
        return Files.readAllBytes(dataDir.resolve("logos").resolve(logo.file()));
    }

    static void assertRefused(Logos logos, byte[] content, String messageKey) {
        assertThatThrownBy(() -> logos.store(content)).isInstanceOf(Logos.RefusedLogoException.class)
                .extracting(e -> ((Logos.RefusedLogoException) e).key()).isEqualTo(messageKey);
    }

    // Metadata

    @Test
    void aJpegLosesItsExifGpsAndCommentAndKeepsItsPicture() throws IOException {
        byte[] uploaded = jpegWithExif(120, 90);
        assertThat(contains(uploaded, ascii("Exif\0\0"))).isTrue();
        assertThat(contains(uploaded, ascii("SN-48213977"))).isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(uploaded))).isNotNull();

        byte[] stored = stored(uploaded);

        assertThat(Logos.ImageType.of(stored)).contains(Logos.ImageType.JPEG);
        assertThat(contains(stored, ascii("Exif"))).isFalse();
        assertThat(markers(uploaded)).contains(0xe1, 0xfe).endsWith(0xda);
        assertThat(markers(stored)).as("segments").endsWith(0xda).doesNotContain(0xe1, 0xfe);
        assertThat(contains(stored, ascii("SN-48213977"))).isFalse();
        assertThat(contains(stored, ascii("Ana Morales"))).isFalse();
        assertThat(contains(stored, ascii("safe house"))).isFalse();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(decoded.getWidth()).isEqualTo(120);
        assertThat(decoded.getHeight()).isEqualTo(90);
        int original = picture(120, 90, BufferedImage.TYPE_INT_RGB).getRGB(100, 10);
        int kept = decoded.getRGB(100, 10);
        for (int shift = 0; shift <= 16; shift += 8) {
            assertThat(Math.abs((kept >> shift & 0xff) - (original >> shift & 0xff))).isLessThan(12);
        }
    }

    @Test
    void aPngLosesItsTextAndExifChunksAndKeepsItsTransparency() throws IOException {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0x00000000);
        image.setRGB(5, 5, 0x80ff0000);
        image.setRGB(31, 23, 0xff00ff00);
        byte[] uploaded = withChunk(withChunk(encode(image, "png"), "tEXt", ascii("Author\0Ana Morales")),
                "eXIf", Arrays.copyOfRange(exifSegment(), 10, exifSegment().length));
        assertThat(contains(uploaded, ascii("tEXt"))).isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(uploaded)).getWidth()).isEqualTo(32);

        byte[] stored = stored(uploaded);

        assertThat(Logos.ImageType.of(stored)).contains(Logos.ImageType.PNG);
        assertThat(contains(stored, ascii("tEXt"))).isFalse();
        assertThat(contains(stored, ascii("eXIf"))).isFalse();
        assertThat(contains(stored, ascii("Ana Morales"))).isFalse();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(decoded.getColorModel().hasAlpha()).isTrue();
        assertThat(decoded.getWidth()).isEqualTo(32);
        assertThat(decoded.getHeight()).isEqualTo(24);
        assertThat(decoded.getRGB(0, 0) >>> 24).isZero();
        assertThat(decoded.getRGB(5, 5)).isEqualTo(0x80ff0000);
        assertThat(decoded.getRGB(31, 23)).isEqualTo(0xff00ff00);
    }

    @Test
    void aPalettePngKeepsItsTransparentColour() throws IOException {
        IndexColorModel palette = new IndexColorModel(1, 2, new byte[] {(byte) 0xc0, 0x10},
                new byte[] {0x20, (byte) 0x80}, new byte[] {0x30, (byte) 0xf0}, new byte[] {0, (byte) 0xff});
        BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_BINARY, palette);
        image.setRGB(19, 19, 0xff1080f0);
        byte[] uploaded = withChunk(encode(image, "png"), "tEXt", ascii("Comment\0made at home"));
        assertThat(contains(uploaded, ascii("tRNS"))).isTrue();

        byte[] stored = stored(uploaded);

        assertThat(contains(stored, ascii("made at home"))).isFalse();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(decoded.getColorModel().hasAlpha()).isTrue();
        assertThat(decoded.getRGB(0, 0) >>> 24).isZero();
        assertThat(decoded.getRGB(19, 19)).isEqualTo(0xff1080f0);
    }

    /** The markers of a JPEG's segments up to its image data (start of scan). */
    static List<Integer> markers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
            int marker = jpeg[at + 1] & 0xff;
            markers.add(marker);
            if (marker == 0xda) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xff) << 8 | jpeg[at + 3] & 0xff);
        }
        return markers;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aWebPLosesItsExifXmpAndColourProfileAndKeepsItsPicture() throws IOException {
        byte[] picture = vp8l(16, 16, 0x80ff4020);
        byte[] uploaded = webp(riffChunk("VP8X", vp8x(ICC | ALPHA | EXIF | XMP, 16, 16)),
                riffChunk("ICCP", ascii("icc profile of camera SN-48213977")), riffChunk("VP8L", picture),
                riffChunk("EXIF", Arrays.copyOfRange(exifSegment(), 10, exifSegment().length)),
                riffChunk("XMP ", ascii("<x:xmpmeta><dc:creator>Ana Morales</dc:creator></x:xmpmeta>")),
                riffChunk("ABCD", ascii("unknown chunk")));
        assertThat(Logos.ImageType.of(uploaded)).contains(Logos.ImageType.WEBP);

        byte[] stored = stored(uploaded);

        assertThat(stored).isEqualTo(webp(riffChunk("VP8X", vp8x(ALPHA, 16, 16)), riffChunk("VP8L", picture)));
        ByteBuffer riff = ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(riff.getInt(4)).isEqualTo(stored.length - 8);
        assertThat(stored[20] & (EXIF | XMP | ICC)).isZero();
        for (String gone : new String[] {"EXIF", "XMP ", "ICCP", "ABCD", "SN-48213977", "Ana Morales"}) {
            assertThat(contains(stored, ascii(gone))).as(gone).isFalse();
        }
    }

    @Test
    void aSimpleWebPIsKeptAsItIsAndALossyOneIsRead() throws IOException {
        byte[] lossless = webp(riffChunk("VP8L", vp8l(300, 200, 0xff336699)));
        assertThat(stored(lossless)).isEqualTo(lossless);

        // The header of a lossy key frame: frame tag (key frame, shown, first partition of 16 bytes), start
        // code, width and height; the compressed data after it is not looked at.
        byte[] vp8 = concat(new byte[] {(byte) 0x10, 0x02, 0x00, (byte) 0x9d, 0x01, 0x2a, (byte) 0x40, 0x01,
                (byte) 0xf0, 0x00}, new byte[31]);
        byte[] alph = ascii("alpha");
        byte[] lossy = webp(riffChunk("VP8X", vp8x(ALPHA | EXIF, 320, 240)), riffChunk("ALPH", alph),
                riffChunk("VP8 ", vp8), riffChunk("EXIF", ascii("MM\0*")));
        assertThat(stored(lossy)).isEqualTo(webp(riffChunk("VP8X", vp8x(ALPHA, 320, 240)), riffChunk("ALPH", alph),
                riffChunk("VP8 ", vp8)));
        assertRefused(logos, webp(riffChunk("VP8X", vp8x(0, 321, 240)), riffChunk("VP8 ", vp8)),
                "membership.logo.unreadable");
    }

    // Pixel size

    @Test
    void imagesOfMoreThan4000PixelsASideAreRefusedBeforeTheirPixelsAreRead() throws IOException {
        // Declared sizes that would take tens of gigabytes to decode; the files stay tiny.
        assertRefused(logos, declaringPngSize(png(16, 16), 100_000, 100_000), "membership.logo.dimensionsTooLarge");
        assertRefused(logos, declaringPngSize(png(16, 16), 4001, 16), "membership.logo.dimensionsTooLarge");
        assertRefused(logos, declaringJpegSize(jpeg(16, 16), 60_000, 60_000), "membership.logo.dimensionsTooLarge");
        assertRefused(logos, declaringJpegSize(jpeg(16, 16), 16, 4001), "membership.logo.dimensionsTooLarge");
        assertRefused(logos, webp(riffChunk("VP8L", vp8l(16_384, 16_384, 0))), "membership.logo.dimensionsTooLarge");
        assertRefused(logos, webp(riffChunk("VP8X", vp8x(0, 16_000_000, 16)), riffChunk("VP8L", vp8l(16, 16, 0))),
                "membership.logo.dimensionsTooLarge");
        assertThat(logos.store(png(4000, 16)).type()).isEqualTo(Logos.ImageType.PNG);
        assertThat(logos.store(webp(riffChunk("VP8L", vp8l(4000, 500, 0)))).type()).isEqualTo(Logos.ImageType.WEBP);
    }

    @Test
    void aSmallFileOfManyPixelsIsRefusedByItsPixelCountBeforeItIsDecoded() throws IOException {
        byte[] huge = encode(new BufferedImage(4000, 4000, BufferedImage.TYPE_BYTE_BINARY), "png");
        assertThat(huge.length).as("a few kilobytes for 16 million pixels").isLessThan(100_000);
        assertRefused(logos, huge, "membership.logo.tooManyPixels");
        assertRefused(logos, declaringJpegSize(jpeg(16, 16), 1415, 1415), "membership.logo.tooManyPixels");
        assertRefused(logos, webp(riffChunk("VP8L", vp8l(4000, 4000, 0))), "membership.logo.tooManyPixels");
        assertThat(logos.store(png(1400, 1400)).type()).isEqualTo(Logos.ImageType.PNG);
    }

    @Test
    void imageWorkBeyondWhatANodeReadsAtOnceIsRefusedWithAMessageAfterAShortWait() throws Exception {
        Logos oneAtATime = new Logos(new DiskFileStorage(installation(dataDir)), 1, java.time.Duration.ofMillis(50));
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
        Thread busy = new Thread(() -> oneAtATime.inTurn(() -> {
            started.countDown();
            try {
                return finish.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException stopped) {
                return false;
            }
        }));
        busy.start();
        assertThat(started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertRefused(oneAtATime, png(32, 32), "membership.logo.busy");
        finish.countDown();
        busy.join();
        assertThat(oneAtATime.store(png(32, 32)).type()).as("its turn comes once the other is done")
                .isEqualTo(Logos.ImageType.PNG);
    }

    @Test
    void imagesOfLessThan16PixelsASideAreRefused() throws IOException {
        assertRefused(logos, png(15, 100), "membership.logo.dimensionsTooSmall");
        assertRefused(logos, jpeg(100, 8), "membership.logo.dimensionsTooSmall");
        assertRefused(logos, webp(riffChunk("VP8L", vp8l(1, 1, 0))), "membership.logo.dimensionsTooSmall");
        assertThat(logos.store(jpeg(16, 16)).type()).isEqualTo(Logos.ImageType.JPEG);
    }

    // Damaged files

    @Test
    void imagesWithTheRightFirstBytesButDamagedAreRefused() throws IOException {
        Random random = new Random(42);
        byte[] noise = new byte[4000];
        random.nextBytes(noise);
        byte[] jpeg = jpegWithNoise(400, 300, random);
        byte[] png = encode(noisePicture(200, 200, random), "png");

        for (byte[] magic : new byte[][] {Arrays.copyOf(png, 8), {(byte) 0xff, (byte) 0xd8, (byte) 0xff},
                ascii("RIFF\u0010\u0000\u0000\u0000WEBPVP8 "), ascii("RIFF\u00ff\u00ff\u00ff\u0000WEBPVP8X")}) {
            assertRefused(logos, concat(magic, noise), "membership.logo.unreadable");
            assertRefused(logos, magic, "membership.logo.unreadable");
        }
        assertRefused(logos, Arrays.copyOf(jpeg, jpeg.length * 6 / 10), "membership.logo.unreadable");
        assertRefused(logos, Arrays.copyOf(png, png.length * 6 / 10), "membership.logo.unreadable");
        byte[] scrambled = png.clone();
        for (int i = png.length / 2; i < png.length / 2 + 200; i++) {
            scrambled[i] = (byte) random.nextInt();
        }
        assertRefused(logos, scrambled, "membership.logo.unreadable");
        byte[] cutWebP = webp(riffChunk("VP8L", vp8l(100, 100, 0)));
        assertRefused(logos, Arrays.copyOf(cutWebP, cutWebP.length - 4), "membership.logo.unreadable");
        assertRefused(logos, webp(riffChunk("VP8X", vp8x(0, 100, 100)), riffChunk("EXIF", ascii("MM"))),
                "membership.logo.unreadable");
        assertRefused(logos, webp(riffChunk("VP8X", vp8x(0, 100, 100)), riffChunk("VP8L", vp8l(99, 100, 0))),
                "membership.logo.unreadable");
        assertThat(dataDir.resolve("logos")).doesNotExist();
    }

    @Test
    void animatedWebPIsRefused() {
        byte[] frame = concat(new byte[16], riffChunk("VP8L", vp8l(16, 16, 0)));
        assertRefused(logos, webp(riffChunk("VP8X", vp8x(0x02, 16, 16)), riffChunk("ANIM", new byte[6]),
                riffChunk("ANMF", frame)), "membership.logo.animated");
    }

    static BufferedImage noisePicture(int width, int height, Random random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }

    static byte[] jpegWithNoise(int width, int height, Random random) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().drawImage(noisePicture(width, height, random), 0, 0, null);
        return encode(image, "jpeg");
    }

    /** An installation keeping its files in {@code dataDir}. */
    static Installation installation(java.nio.file.Path dataDir) {
        return new Installation(URI.create("http://localhost:8080"), ZoneId.of("America/New_York"), "Test network",
                dataDir);
    }
}
