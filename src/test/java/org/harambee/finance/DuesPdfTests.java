package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The dues' PDFs: what a document says is what a PDF reader finds in it, whatever the names hold. */
class DuesPdfTests {

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Factura 2027-0042");
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theTitleFactsAndAmountAreInThePdfAndALongNameWraps() throws Exception {
        String longName = "Coalición de Trabajadoras del Hogar y Cuidadoras Inmigrantes del Valle del Río Grande "
                + "y sus Aliadas por la Justicia Económica";
        byte[] pdf = DuesPdf.render(new DuesPdf.Document("Red de Derechos Humanos", "https://red.example.org/",
                "Factura 2027-0042", List.of(new DuesPdf.Fact("A", longName), new DuesPdf.Fact("Vence",
                        "1 de enero de 2028")), new DuesPdf.Fact("Monto", "1.250,00 US$"), "Gracias.",
                Locale.forLanguageTag("es")));
        String text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Red de Derechos Humanos").contains("Factura 2027-0042").contains("Coalición de")
                .contains("Aliadas por la Justicia Económica").contains("1.250,00 US$").contains("Gracias.");
    }

    @Test
    void controlCharactersAndGlyphsTheFontLacksPrintAsSomethingRatherThanFailing() throws Exception {
        byte[] pdf = DuesPdf.render(new DuesPdf.Document("Red\u0000\tde\nDerechos", "https://red.example.org/",
                "Factura 2027-0042", List.of(new DuesPdf.Fact("A", "漢字 Asociación 🙂")), new DuesPdf.Fact("Monto",
                        "10,00 US$"), "", Locale.forLanguageTag("es")));
        String text = text(pdf);
        assertThat(text).contains("Red de Derechos").contains("?? Asociación ?");
    }
}
