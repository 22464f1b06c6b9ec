package org.harambee.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.harambee.identity.DemoAccounts;
import org.harambee.identity.Role;
import org.harambee.library.Library;
import org.harambee.library.PublishedDocument;
import org.harambee.library.ResourceType;
import org.harambee.library.ResourceVisibility;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo library once, after the demo network: {@code harambee.demo.resources} published resources (60
 * by default), four for each issue area, every fourth in Spanish, every fifth for members only, as PDF, Word and
 * text files whose text (about 2 KB, synthetic and deterministic) is extracted and searchable like any upload.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "harambee.demo.enabled", havingValue = "true")
class DemoLibrary implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLibrary.class);
    private static final ResourceType[] TYPES = {ResourceType.TOOLKIT, ResourceType.MODEL_POLICY, ResourceType.REPORT,
        ResourceType.SHADOW_REPORT, ResourceType.TRAINING, ResourceType.FACT_SHEET};
    private static final String[] INSTRUMENTS = {"ICCPR", "ICESCR", "ICERD", "CEDAW", "CRC", "CAT", "CRPD", "UDHR"};
    private static final String[] CITIES = {"Atlanta", "Detroit", "El Paso", "Fresno", "Memphis", "Oakland",
        "Pittsburgh", "San Antonio", "Tucson", "Baltimore"};

    private final Library library;
    private final DemoAccounts demoAccounts;
    private final Taxonomy taxonomy;
    private final int count;

    DemoLibrary(Library library, DemoAccounts demoAccounts, Taxonomy taxonomy,
            @Value("${harambee.demo.resources:60}") int count) {
        this.library = library;
        this.demoAccounts = demoAccounts;
        this.taxonomy = taxonomy;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!library.isEmpty()) {
            return;
        }
        var staff = demoAccounts.createOnce().stream().filter(account -> account.role() == Role.STAFF).findFirst()
                .orElseThrow();
        List<IssueArea> areas = taxonomy.activeIssueAreas();
        for (int n = 0; n < count; n++) {
            boolean membersOnly = (n + n / areas.size()) % 5 == 4;
            library.addPublished(document(n, areas.get(n % areas.size()), membersOnly), staff.accountId());
        }
        log.info("Demo library seeded: {} resources", count);
    }

    /**
     * The n-th demo document, on {@code area}; one in five is for members only, taken in turn from different
     * issue areas, so that every issue area has public resources.
     */
    static PublishedDocument document(int n, IssueArea area, boolean membersOnly) {
        boolean spanish = n % 4 == 3;
        ResourceType type = TYPES[(n + n / 30) % TYPES.length];
        String instrument = INSTRUMENTS[n % INSTRUMENTS.length];
        String city = CITIES[n % CITIES.length];
        String topic = spanish ? area.nameEs() : area.nameEn();
        String title = (spanish ? spanishTitle(type, topic, city) : englishTitle(type, topic, city));
        List<String> text = spanish ? spanishText(topic, city, instrument, n) : englishText(topic, city, instrument, n);
        String summary = text.get(0);
        String base = "demo-" + (n + 1) + "-" + area.slug();
        String fileName;
        byte[] content;
        switch (n % 3) {
            case 0 -> {
                fileName = base + ".pdf";
                content = pdf(title, text);
            }
            case 1 -> {
                fileName = base + ".docx";
                content = docx(title, text);
            }
            default -> {
                fileName = base + ".txt";
                content = (title + "\n\n" + String.join("\n\n", text)).getBytes(StandardCharsets.UTF_8);
            }
        }
        return new PublishedDocument(title, summary, type, LocalDate.of(2015 + n % 11, 1 + n % 12, 1 + n % 27),
                membersOnly ? ResourceVisibility.MEMBERS : ResourceVisibility.PUBLIC, Set.of(spanish ? "es" : "en"),
                List.of(spanish ? "Red Harambee (demostración)" : "Harambee demo network"), Set.of(area.id()),
                area.rights(), Set.of(instrument), fileName, content);
    }

    private static String englishTitle(ResourceType type, String topic, String city) {
        return switch (type) {
            case TOOLKIT -> "Organizing toolkit: " + topic + " in " + city;
            case MODEL_POLICY -> "Model ordinance on " + topic.toLowerCase();
            case REPORT -> "Community report: " + topic + " in " + city;
            case SHADOW_REPORT -> "Shadow report on " + topic.toLowerCase() + " to a UN treaty body";
            case TRAINING -> "Training guide: " + topic + " as human rights";
            case FACT_SHEET, VIDEO_OR_LINK -> "Fact sheet: " + topic;
        };
    }

    private static String spanishTitle(ResourceType type, String topic, String city) {
        return switch (type) {
            case TOOLKIT -> "Caja de herramientas: " + topic + " en " + city;
            case MODEL_POLICY -> "Ordenanza modelo sobre " + topic.toLowerCase();
            case REPORT -> "Informe comunitario: " + topic + " en " + city;
            case SHADOW_REPORT -> "Informe sombra sobre " + topic.toLowerCase() + " ante un órgano de tratados";
            case TRAINING -> "Guía de formación: " + topic + " como derechos humanos";
            case FACT_SHEET, VIDEO_OR_LINK -> "Hoja informativa: " + topic;
        };
    }

    private static List<String> englishText(String topic, String city, String instrument, int n) {
        String lower = topic.toLowerCase();
        return List.of(
                "How residents of " + city + " use the human rights framework to change " + lower + " at home.",
                "This material was written with people directly affected by " + lower + ". It explains, in plain "
                        + "language, which obligations the United States accepted under the " + instrument
                        + " and how a city council, a school board or a county can meet them.",
                "Start by listening. Hold at least three community hearings before drafting anything, record what "
                        + "people say in their own words, and return the notes to them for correction. Document "
                        + "cases with dates, places and the names of the agencies involved.",
                "Then name the right. Connect each problem to an article of the Universal Declaration and to the "
                        + "treaty body's general comments. Officials respond differently when a demand is framed "
                        + "as an obligation rather than a favor.",
                "Finally, follow up. Ask for a written response within ninety days, publish it, and bring the "
                        + "findings to the Universal Periodic Review and to the treaty body's next review of the "
                        + "United States. Case study number " + (n + 1) + " shows how " + city
                        + " organizers kept the issue alive for two years.");
    }

    private static List<String> spanishText(String topic, String city, String instrument, int n) {
        String lower = topic.toLowerCase();
        return List.of(
                "Cómo los residentes de " + city + " usan el marco de derechos humanos para cambiar " + lower
                        + " en su comunidad.",
                "Este material se escribió con personas directamente afectadas por " + lower + ". Explica, en "
                        + "lenguaje sencillo, qué obligaciones aceptó Estados Unidos en virtud del " + instrument
                        + " y cómo un concejo municipal, una junta escolar o un condado pueden cumplirlas.",
                "Empiece por escuchar. Organice al menos tres audiencias comunitarias antes de redactar nada, "
                        + "anote lo que dice la gente con sus propias palabras y devuélvale las notas para que las "
                        + "corrija. Documente los casos con fechas, lugares y las agencias involucradas.",
                "Después, nombre el derecho. Vincule cada problema con un artículo de la Declaración Universal y "
                        + "con las observaciones generales del comité. Las autoridades responden distinto cuando "
                        + "una demanda se plantea como obligación y no como favor.",
                "Por último, dé seguimiento. Pida una respuesta por escrito en noventa días, publíquela y lleve "
                        + "los hallazgos al Examen Periódico Universal. El caso número " + (n + 1) + " muestra cómo "
                        + "las organizaciones de " + city + " mantuvieron vivo el tema durante dos años.");
    }

    private static byte[] pdf(String title, List<String> paragraphs) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.setLeading(15);
                text.newLineAtOffset(60, 720);
                for (String line : lines(title, paragraphs)) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The title and paragraphs wrapped at about 90 characters, a blank line between paragraphs. */
    private static List<String> lines(String title, List<String> paragraphs) {
        List<String> lines = new ArrayList<>(List.of(title, ""));
        for (String paragraph : paragraphs) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() + word.length() > 90) {
                    lines.add(line.toString().strip());
                    line.setLength(0);
                }
                line.append(word).append(' ');
            }
            lines.add(line.toString().strip());
            lines.add("");
        }
        return lines;
    }

    private static byte[] docx(String title, List<String> paragraphs) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(title);
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
