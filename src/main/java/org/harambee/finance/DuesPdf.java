package org.harambee.finance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An invoice, credit note or receipt as a one-page PDF in the network's name, in the reader's language: the
 * network and its address, the document's title, its facts as label and value, the amount, a closing line. Built
 * with PDFBox and the DejaVu Sans font kept in the application (embedded as a subset), so that names in any Latin,
 * Greek or Cyrillic script print; a character the font lacks prints as a question mark rather than failing.
 */
final class DuesPdf {

    private static final float MARGIN = 64;
    private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;

    private DuesPdf() {
    }

    /** What a document says. */
    record Document(String networkName, String networkAddress, String title, List<Fact> facts, Fact total,
            String closing, Locale locale) {
    }

    /** One line of a document: a label and its value. */
    record Fact(String label, String value) {
    }

    /** The fonts, read once: parsing them is most of the time a document takes. */
    private static final TrueTypeFont REGULAR = parsed("fonts/DejaVuSans.ttf");
    private static final TrueTypeFont BOLD = parsed("fonts/DejaVuSans-Bold.ttf");

    /** Renders the document; one at a time, since the fonts are shared. */
    static synchronized byte[] render(Document document) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font regular = PDType0Font.load(pdf, REGULAR, true);
            PDType0Font bold = PDType0Font.load(pdf, BOLD, true);
            PDPage page = new PDPage(PDRectangle.LETTER);
            pdf.addPage(page);
            PDDocumentInformation information = pdf.getDocumentInformation();
            information.setTitle(document.title());
            information.setAuthor(document.networkName());
            information.setCreator("Harambee");
            pdf.getDocumentCatalog().setLanguage(document.locale().toLanguageTag());
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                Writer writer = new Writer(text, PDRectangle.LETTER.getHeight() - MARGIN);
                writer.lines(bold, 16, document.networkName());
                writer.lines(regular, 9, document.networkAddress());
                writer.skip(28);
                writer.lines(bold, 20, document.title());
                writer.skip(14);
                for (Fact fact : document.facts()) {
                    writer.fact(bold, regular, 11, fact);
                }
                writer.skip(10);
                writer.fact(bold, bold, 13, document.total());
                writer.skip(24);
                writer.lines(regular, 10, document.closing());
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
    }

    private static TrueTypeFont parsed(String resource) {
        try (InputStream in = DuesPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the application");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + resource + " cannot be read", e);
        }
    }

    /** Writes lines down the page, wrapping them at the margin. */
    private static final class Writer {

        private final PDPageContentStream text;
        private float y;

        Writer(PDPageContentStream text, float top) {
            this.text = text;
            this.y = top;
        }

        void skip(float points) {
            y -= points;
        }

        void lines(PDType0Font font, float size, String value) throws IOException {
            for (String line : wrap(font, size, printable(font, value), WIDTH)) {
                show(font, size, MARGIN, line);
                y -= size * 1.4f;
            }
        }

        void fact(PDType0Font labelFont, PDType0Font valueFont, float size, Fact fact) throws IOException {
            float column = WIDTH * 0.38f;
            List<String> labels = wrap(labelFont, size, printable(labelFont, fact.label()), column - 8);
            List<String> values = wrap(valueFont, size, printable(valueFont, fact.value()), WIDTH - column);
            for (int i = 0; i < Math.max(labels.size(), values.size()); i++) {
                if (i < labels.size()) {
                    show(labelFont, size, MARGIN, labels.get(i));
                }
                if (i < values.size()) {
                    show(valueFont, size, MARGIN + column, values.get(i));
                }
                y -= size * 1.5f;
            }
        }

        private void show(PDType0Font font, float size, float x, String line) throws IOException {
            text.beginText();
            text.setFont(font, size);
            text.newLineAtOffset(x, y);
            text.showText(line);
            text.endText();
        }
    }

    /** The text with what cannot print (control characters, glyphs the font lacks) replaced. */
    static String printable(PDType0Font font, String value) {
        StringBuilder kept = new StringBuilder();
        (value == null ? "" : value).codePoints().forEach(point -> {
            String character = Character.isISOControl(point) || Character.isWhitespace(point) ? " "
                    : new String(Character.toChars(point));
            try {
                font.encode(character);
                kept.append(character);
            } catch (IOException | IllegalArgumentException missing) {
                kept.append('?');
            }
        });
        return kept.toString().strip();
    }

    /** The words of {@code value} in lines no wider than {@code width}; a word wider than a line is cut. */
    static List<String> wrap(PDType0Font font, float size, String value, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : value.split(" +")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, tried) <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
                    cut--;
                }
                if (Character.isHighSurrogate(rest.charAt(cut - 1)) && cut > 1) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDType0Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
