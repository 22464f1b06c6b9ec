package org.harambee.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;

/**
 * Reads the text of a stored file, keeping at most {@link #MAX_CHARS} characters. Every reader writes into a
 * {@link Limited} writer that stops the work once the limit is reached or the thread is interrupted (the time
 * limit), so a 10,000-page PDF costs no more than the text kept. ZIP containers were already checked for their
 * inflated size on upload; POI's own limits (inflate ratio, entry size) apply as well.
 */
final class TextExtractor {

    static final int MAX_CHARS = 2 * 1024 * 1024;
    private static final long MAX_ENTRY_BYTES = FileCheck.MAX_UNZIPPED_BYTES;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private TextExtractor() {
    }

    static String extract(Path file, FileKind kind) throws IOException {
        Limited text = new Limited();
        try {
            switch (kind) {
                case PDF -> pdf(file, text);
                case DOCX -> docx(file, text);
                case ODT -> odt(file, text);
                case HTML -> text.write(Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name()).text());
                case TXT -> text.write(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (Limited.Full enough) {
            return text.toString();
        }
        return text.toString();
    }

    private static void pdf(Path file, Limited text) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            new PDFTextStripper().writeText(document, text);
        }
    }

    private static void docx(Path file, Limited text) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            text.write(extractor.getText());
        }
    }

    /** The text of an OpenDocument's content.xml, read as a stream (no DTDs, no external entities). */
    private static void odt(Path file, Limited text) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new IOException("no content.xml");
            }
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            try (InputStream in = zip.getInputStream(content)) {
                XMLStreamReader reader = factory.createXMLStreamReader(in);
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.CHARACTERS) {
                        text.write(reader.getText());
                    } else if (event == XMLStreamConstants.END_ELEMENT
                            && ("p".equals(reader.getLocalName()) || "h".equals(reader.getLocalName()))) {
                        text.write("\n");
                    }
                }
            } catch (XMLStreamException broken) {
                throw new IOException("unreadable content.xml", broken);
            }
        }
    }

    /** Collects text up to the limit; throws {@link Full} past it and {@link Interrupted} once time is up. */
    static final class Limited extends Writer {

        private final StringBuilder text = new StringBuilder();

        @Override
        public void write(char[] chars, int offset, int length) {
            if (Thread.currentThread().isInterrupted()) {
                throw new Interrupted();
            }
            int room = MAX_CHARS - text.length();
            text.append(chars, offset, Math.min(room, length));
            if (length >= room) {
                throw new Full();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }

        /** The limit of text was reached: what was read so far is kept. */
        static final class Full extends RuntimeException {
            Full() {
                super("text limit reached", null, false, false);
            }
        }

        /** The extraction ran out of time. */
        static final class Interrupted extends RuntimeException {
            Interrupted() {
                super("extraction interrupted", null, false, false);
            }
        }
    }
}
