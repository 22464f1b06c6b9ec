package org.harambee.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.harambee.identity.DemoAccounts;
import org.harambee.identity.Role;
import org.harambee.library.LibraryCollections;
import org.harambee.library.LibrarySeeding;
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
    /** Resources added in one transaction. */
    private static final int BATCH = 500;
    /** The first resources come as PDF, Word and text files in turn; those after them (large demos) as text. */
    private static final int VARIED_FILES = 60;

    private final LibrarySeeding library;
    private final LibraryCollections collections;
    private final DemoAccounts demoAccounts;
    private final Taxonomy taxonomy;
    private final int count;

    DemoLibrary(LibrarySeeding library, LibraryCollections collections, DemoAccounts demoAccounts, Taxonomy taxonomy,
            @Value("${harambee.demo.resources:60}") int count) {
        this.library = library;
        this.collections = collections;
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
        long start = System.nanoTime();
        List<PublishedDocument> batch = new ArrayList<>(BATCH);
        List<Long> ids = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            batch.add(document(n, areas.get(n % areas.size()), membersOnly(n, areas.size())));
            if (batch.size() == BATCH || n == count - 1) {
                List<Long> added = library.addPublished(batch, staff.accountId());
                if (ids.size() < VARIED_FILES) {
                    ids.addAll(added);
                }
                batch.clear();
            }
        }
        collect(ids, areas.size());
        if (count > BATCH) {
            library.compactSearchIndex();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        log.info("Demo library seeded: {} resources in {} s ({} resources per second)", count,
                String.format(Locale.ROOT, "%.1f", seconds), String.format(Locale.ROOT, "%.0f", count / seconds));
    }

    /**
     * Two curated collections: a starter kit of one public English resource of each type in reading order
     * (toolkit first), and the Spanish resources.
     */
    private void collect(List<Long> ids, int areas) {
        List<Long> starterKit = new ArrayList<>();
        for (ResourceType type : TYPES) {
            for (int n = 0; n < Math.min(ids.size(), VARIED_FILES) && starterKit.size() < TYPES.length; n++) {
                if (n % 4 != 3 && !membersOnly(n, areas) && typeOf(n) == type) {
                    starterKit.add(ids.get(n));
                    break;
                }
            }
        }
        collections.create("Human Rights Cities starter kit", "Where to begin when a city council, a county or "
                + "a school board is asked to meet its human rights obligations: a toolkit to organize, a model "
                + "ordinance, a community report, a shadow report, a training guide and a fact sheet, in that order.",
                starterKit);
        List<Long> spanish = new ArrayList<>();
        for (int n = 3; n < Math.min(ids.size(), VARIED_FILES); n += 4) {
            spanish.add(ids.get(n));
        }
        collections.create("Recursos en español", "Materiales de la biblioteca escritos en español, para "
                + "talleres y audiencias comunitarias.", spanish);
    }

    /** One in five is for members only, taken in turn from different issue areas. */
    private static boolean membersOnly(int n, int areas) {
        return (n + n / areas) % 5 == 4;
    }

    private static ResourceType typeOf(int n) {
        return TYPES[(n + n / 30) % TYPES.length];
    }

    /**
     * The n-th demo document, on {@code area}; one in five is for members only, taken in turn from different
     * issue areas, so that every issue area has public resources.
     */
    static PublishedDocument document(int n, IssueArea area, boolean membersOnly) {
        boolean spanish = n % 4 == 3;
        ResourceType type = typeOf(n);
        String instrument = INSTRUMENTS[n % INSTRUMENTS.length];
        String city = CITIES[n % CITIES.length];
        String topic = spanish ? area.nameEs() : area.nameEn();
        String title = (spanish ? spanishTitle(type, topic, city) : englishTitle(type, topic, city));
        List<String> text = spanish ? spanishText(topic, city, instrument, n) : englishText(topic, city, instrument, n);
        String summary = text.get(0);
        String base = "demo-" + (n + 1) + "-" + area.slug();
        String fileName;
        byte[] content;
        switch (n < VARIED_FILES ? n % 3 : 2) {
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
                        + " organizers kept the issue alive for two years.",
                "Working with officials. Ask for a meeting with the office responsible for " + lower + " and bring "
                        + "two or three people who live with the problem every day. Leave a one-page summary that "
                        + "names the obligation, the gap you documented and the change you ask for. Offer to come "
                        + "back with more evidence, and ask who will answer and by when.",
                "Working with the media and allies. Local reporters, faith communities, unions and universities "
                        + "can carry the findings further than any one organization. Share the hearings' notes "
                        + "only with the consent of the people who spoke, and never publish the names, addresses "
                        + "or immigration status of people who may be at risk.");
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
                        + "las organizaciones de " + city + " mantuvieron vivo el tema durante dos años.",
                "Trabajo con las autoridades. Pida una reunión con la oficina responsable de " + lower + " y vaya "
                        + "con dos o tres personas que viven el problema cada día. Deje un resumen de una página "
                        + "que nombre la obligación, la brecha documentada y el cambio que piden. Ofrezca volver "
                        + "con más pruebas y pregunte quién responderá y cuándo.",
                "Trabajo con los medios y las alianzas. La prensa local, las comunidades de fe, los sindicatos y "
                        + "las universidades pueden llevar los hallazgos más lejos que una sola organización. "
                        + "Comparta las notas de las audiencias solo con el consentimiento de quienes hablaron y "
                        + "nunca publique nombres, domicilios ni la situación migratoria de personas en riesgo.");
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
