package org.harambee.membership;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.harambee.membership.Logos.ImageType;
import org.harambee.membership.Logos.RefusedLogoException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an uploaded logo fit to publish: its pixel size is read from the header and checked before anything
 * is decoded (a small file can declare a huge image), and its metadata (EXIF with GPS position, camera serial
 * and author, XMP, comments) is removed, since it would be served to anyone who may see the organization.
 * PNG and JPEG are decoded and encoded again with ImageIO, which writes no metadata; a damaged file is refused.
 * WebP, which the JDK cannot decode, is rebuilt from its image chunks only (see {@link #cleanWebP}).
 */
final class LogoImages {

    static final int MIN_SIDE = 16;
    static final int MAX_SIDE = 4000;
    /**
     * The most pixels decoded for one logo (2 megapixels, such as 1,414 × 1,414 or 4,000 × 500): decoding costs time
     * in proportion to the pixels, whatever the file's size (a 46 KB PNG of 4,000 × 4,000 took about 6 s of CPU).
     */
    static final long MAX_PIXELS = 2_000_000;
    static final float JPEG_QUALITY = 0.9f;

    private static final Logger log = LoggerFactory.getLogger(LogoImages.class);

    private LogoImages() {
    }

    /** The logo to store, without metadata, or a {@link RefusedLogoException} saying why it is refused. */
    static byte[] clean(ImageType type, byte[] content) {
        return switch (type) {
            case PNG -> reencode(content, "png");
            case JPEG -> reencode(content, "jpeg");
            case WEBP -> cleanWebP(content);
        };
    }

    static void checkDimensions(long width, long height) {
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new RefusedLogoException("membership.logo.dimensionsTooLarge");
        }
        if (width * height > MAX_PIXELS) {
            throw new RefusedLogoException("membership.logo.tooManyPixels");
        }
        if (width < MIN_SIDE || height < MIN_SIDE) {
            throw new RefusedLogoException("membership.logo.dimensionsTooSmall");
        }
    }

    private static RefusedLogoException unreadable(String why, Exception cause) {
        log.info("Refused a logo that could not be read: {}{}", why, cause == null ? "" : " (" + cause + ")");
        return new RefusedLogoException("membership.logo.unreadable");
    }

    // PNG and JPEG

    /**
     * Reads the image (size from the header first) and writes it again in the same format. ImageIO keeps
     * transparency (PNG alpha, palette transparency) and writes no EXIF, XMP, text or comment. Any warning
     * while reading (a truncated JPEG is otherwise filled with grey) counts as damage.
     */
    private static byte[] reencode(byte[] content, String format) {
        BufferedImage image = read(content, format);
        ImageWriter writer = first(ImageIO.getImageWritersByFormatName(format), format);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            if ("jpeg".equals(format)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException | RuntimeException e) {
            throw unreadable("cannot encode the " + format + " again", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage read(byte[] content, String format) {
        ImageReader reader = first(ImageIO.getImageReadersByFormatName(format), format);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        // In memory: ImageIO.createImageInputStream would cache the upload in a temporary file.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            checkDimensions(reader.getWidth(0), reader.getHeight(0));
            BufferedImage image = reader.read(0);
            if (!warnings.isEmpty()) {
                throw unreadable(format + " " + warnings.get(0), null);
            }
            return image;
        } catch (RefusedLogoException refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            // Decoders of untrusted bytes fail in many ways (IIOException, but also index and argument errors).
            throw unreadable(format, e);
        } finally {
            reader.dispose();
        }
    }

    private static <T> T first(Iterator<T> candidates, String format) {
        if (!candidates.hasNext()) {
            throw new IllegalStateException("This Java runtime has no ImageIO support for " + format);
        }
        return candidates.next();
    }

    // WebP

    private static final int VP8X_ALPHA = 0x10;
    private static final int VP8X_ANIMATION = 0x02;

    /** A chunk of a RIFF container: its four-character code, and where its payload is. */
    private record Chunk(String fourcc, int offset, int size) {

        int end() {
            return offset + size;
        }
    }

    /**
     * Rebuilds a WebP file from its image chunks only. The container is a list of chunks (RIFF); the picture
     * is in {@code VP8 } (lossy, with an optional {@code ALPH} for transparency) or {@code VP8L} (lossless),
     * and the extended format starts with {@code VP8X}, whose flags say which other chunks follow. Kept:
     * {@code VP8X} (its flags reduced to the alpha flag), {@code ALPH}, the first {@code VP8 }/{@code VP8L};
     * everything else is dropped: {@code EXIF}, {@code XMP }, the colour profile {@code ICCP} (which can name
     * the device it was made on), unknown chunks and bytes after the container. The pixel size is read from the
     * {@code VP8X} canvas and from the bitstream header, which must agree. Animated WebP is refused: a logo is
     * a still image (and moving content on a page is an accessibility problem). The compressed pixels are not
     * decoded, so a WebP whose headers are right but whose pixels are damaged is stored, and the browser shows
     * what it can of it; the server never decodes it.
     */
    static byte[] cleanWebP(byte[] content) {
        if (content.length < 20) {
            throw unreadable("webp too short", null);
        }
        long riffSize = u32(content, 4);
        if (riffSize % 2 != 0 || riffSize < 12 || riffSize > content.length - 8) {
            throw unreadable("webp RIFF size " + riffSize + " for " + content.length + " bytes", null);
        }
        List<Chunk> chunks = chunks(content, 12, 8 + (int) riffSize);
        Chunk first = chunks.get(0);
        List<Chunk> kept = new ArrayList<>();
        byte[] vp8x = null;
        Chunk image;
        switch (first.fourcc()) {
            case "VP8 ", "VP8L" -> {
                image = first;
                long[] size = bitstreamSize(content, image);
                checkDimensions(size[0], size[1]);
            }
            case "VP8X" -> {
                if (first.size() != 10) {
                    throw unreadable("webp VP8X of " + first.size() + " bytes", null);
                }
                int flags = content[first.offset()] & 0xff;
                boolean animated = (flags & VP8X_ANIMATION) != 0
                        || chunks.stream().anyMatch(c -> c.fourcc().equals("ANIM") || c.fourcc().equals("ANMF"));
                if (animated) {
                    throw new RefusedLogoException("membership.logo.animated");
                }
                long width = u24(content, first.offset() + 4) + 1;
                long height = u24(content, first.offset() + 7) + 1;
                checkDimensions(width, height);
                Chunk picture = chunks.stream().filter(c -> c.fourcc().equals("VP8 ") || c.fourcc().equals("VP8L"))
                        .findFirst().orElseThrow(() -> unreadable("webp without an image chunk", null));
                image = picture;
                long[] size = bitstreamSize(content, picture);
                if (size[0] != width || size[1] != height) {
                    throw unreadable("webp canvas " + width + "x" + height + ", image " + size[0] + "x" + size[1],
                            null);
                }
                vp8x = new byte[10];
                System.arraycopy(content, first.offset(), vp8x, 0, 10);
                vp8x[0] = (byte) (flags & VP8X_ALPHA);
                vp8x[1] = vp8x[2] = vp8x[3] = 0;
                if (picture.fourcc().equals("VP8 ")) {
                    chunks.stream().takeWhile(c -> c != picture).filter(c -> c.fourcc().equals("ALPH")).findFirst()
                            .ifPresent(kept::add);
                }
            }
            default -> throw unreadable("webp starting with " + first.fourcc(), null);
        }
        kept.add(image);

        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        long size = 4 + (vp8x == null ? 0 : 8 + 10) + kept.stream().mapToLong(c -> 8 + c.size() + (c.size() & 1)).sum();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        writeU32(out, size);
        out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        if (vp8x != null) {
            out.writeBytes("VP8X".getBytes(StandardCharsets.US_ASCII));
            writeU32(out, 10);
            out.writeBytes(vp8x);
        }
        for (Chunk chunk : kept) {
            out.writeBytes(chunk.fourcc().getBytes(StandardCharsets.US_ASCII));
            writeU32(out, chunk.size());
            out.write(content, chunk.offset(), chunk.size());
            if ((chunk.size() & 1) != 0) {
                out.write(0);
            }
        }
        return out.toByteArray();
    }

    /** The chunks between {@code from} and {@code to}, each entirely inside them (padded to an even size). */
    private static List<Chunk> chunks(byte[] content, int from, int to) {
        List<Chunk> chunks = new ArrayList<>();
        int offset = from;
        while (offset < to) {
            if (to - offset < 8) {
                throw unreadable("webp chunk header cut off", null);
            }
            String fourcc = new String(content, offset, 4, StandardCharsets.ISO_8859_1);
            long size = u32(content, offset + 4);
            long padded = size + (size & 1);
            if (padded > to - offset - 8) {
                throw unreadable("webp chunk " + fourcc + " of " + size + " bytes past the end", null);
            }
            chunks.add(new Chunk(fourcc, offset + 8, (int) size));
            offset += 8 + (int) padded;
        }
        return chunks;
    }

    /** Width and height from a {@code VP8 } key frame header or a {@code VP8L} header. */
    private static long[] bitstreamSize(byte[] content, Chunk chunk) {
        int at = chunk.offset();
        if (chunk.fourcc().equals("VP8L")) {
            if (chunk.size() < 5 || (content[at] & 0xff) != 0x2f) {
                throw unreadable("webp VP8L without its signature", null);
            }
            long bits = u32(content, at + 1);
            if ((bits >>> 29) != 0) {
                throw unreadable("webp VP8L version " + (bits >>> 29), null);
            }
            return new long[] {(bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1};
        }
        if (chunk.size() < 10) {
            throw unreadable("webp VP8 chunk too short", null);
        }
        long frameTag = u24(content, at);
        boolean keyFrame = (frameTag & 1) == 0;
        boolean shown = (frameTag >>> 4 & 1) == 1;
        if (!keyFrame || !shown || (frameTag >>> 1 & 7) > 3 || (frameTag >>> 5) >= chunk.size()
                || (content[at + 3] & 0xff) != 0x9d || (content[at + 4] & 0xff) != 0x01
                || (content[at + 5] & 0xff) != 0x2a) {
            throw unreadable("webp VP8 header", null);
        }
        return new long[] {u16(content, at + 6) & 0x3fff, u16(content, at + 8) & 0x3fff};
    }

    private static long u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long u24(byte[] b, int at) {
        return u16(b, at) | (long) (b[at + 2] & 0xff) << 16;
    }

    private static long u32(byte[] b, int at) {
        return u24(b, at) | (long) (b[at + 3] & 0xff) << 24;
    }

    private static void writeU32(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }
}
