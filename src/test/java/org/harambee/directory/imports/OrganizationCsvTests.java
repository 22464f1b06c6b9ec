package org.harambee.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The file format: header, rows with their physical line numbers, and the files refused as a whole. */
class OrganizationCsvTests {

    private static final String HEADER = "name,mission,type,city,state,email,contact_name,issue_areas\n";

    @Test
    void rowsKnowTheLineTheyStartOnCountingQuotedLineBreaksAndBlankLines() {
        String text = HEADER
                + "First,\"We work\non two lines\",GRASSROOTS,Austin,TX,a@example.org,Ann,housing\n"
                + "\n"
                + "Second,Mission,ADVOCACY,Boston,MA,b@example.org,Ben,housing\r\n"
                + "\"Third\r\nwith CRLF\",\"M\",OTHER,Denver,CO,c@example.org,Cy,labor\n";
        List<ImportRow> rows = OrganizationCsv.read(text).rows();
        assertThat(rows).extracting(ImportRow::line).containsExactly(2, 5, 6);
        assertThat(rows.get(0).cell(ImportColumn.MISSION)).isEqualTo("We work\non two lines");
        assertThat(rows.get(2).cell(ImportColumn.NAME)).isEqualTo("Third\r\nwith CRLF");
    }

    @Test
    void headerNamesIgnoreCaseAndSpacesAndSemicolonFilesAreRead() {
        String text = " Name ;MISSION;Type;city;State;E-mail;Contact Name;issue areas\n"
                + "Uno;Misión;OTHER;Austin;TX;u@example.org;Ana;\"housing;labor\"\n";
        OrganizationCsv.Read read = OrganizationCsv.read(text.replace("E-mail", "email"));
        assertThat(read.columns()).contains(ImportColumn.NAME, ImportColumn.CONTACT_NAME, ImportColumn.ISSUE_AREAS);
        assertThat(read.rows().get(0).cell(ImportColumn.ISSUE_AREAS)).isEqualTo("housing;labor");
        assertThat(read.rows().get(0).cell(ImportColumn.ZIP)).isNull();
    }

    @Test
    void filesThatCannotBeReadAsAWholeAreRefusedWithTheReason() {
        assertRefused("", "directory.import.refused.empty");
        assertRefused("\n\n", "directory.import.refused.empty");
        assertRefused(HEADER, "directory.import.refused.noRows");
        assertRefused("name,mission\nA,B\n", "directory.import.refused.missingColumns");
        assertRefused(HEADER.replace("\n", ",webiste\n") + "A\n", "directory.import.refused.unknownColumns");
        assertRefused(HEADER.replace("\n", ",NAME\n") + "A\n", "directory.import.refused.repeatedColumns");
        assertRefused(HEADER + "A,B,C,D,E,F,G,H,I\n", "directory.import.refused.extraCells");
        assertRefused(HEADER + "A,\"open quote,C\nD,E\n", "directory.import.refused.malformed");
        assertRefused(HEADER + "A,B,C,D,E,F,G,H\n".repeat(OrganizationCsv.MAX_ROWS + 1),
                "directory.import.refused.tooManyRows");
        assertRefused("\u0000\u0001garbage", "directory.import.refused.unknownColumns");
    }

    @Test
    void theMalformedLineIsTheOneWhereTheOpenQuoteStarts() {
        assertThatThrownBy(() -> OrganizationCsv.read(HEADER + "A,B,C,D,E,F,G,H\nX,\"open,C\nD,E\n"))
                .isInstanceOfSatisfying(RefusedFileException.class,
                        refused -> assertThat(refused.arguments()).containsExactly("3"));
    }

    @Test
    void theTemplateIsUtf8WithAByteOrderMarkAndNamesEveryColumn() {
        byte[] template = OrganizationCsv.template();
        assertThat(template).startsWith(0xEF, 0xBB, 0xBF);
        String text = OrganizationImporter.decode(template).text();
        assertThat(text.strip().split(",")).hasSize(ImportColumn.values().length)
                .startsWith("name", "mission", "type");
    }

    @Test
    void aBlankHeaderCellIsIgnoredUnlessARowPutsSomethingUnderIt() {
        assertThat(OrganizationCsv.read(HEADER.replace("\n", ",\n") + "A,B,C,D,E,F,G,H,\n").rows()).hasSize(1);
        assertRefused(HEADER.replace("\n", ",\n") + "A,B,C,D,E,F,G,H,extra\n", "directory.import.refused.extraCells");
    }

    private static void assertRefused(String text, String key) {
        assertThatThrownBy(() -> OrganizationCsv.read(text)).isInstanceOfSatisfying(RefusedFileException.class,
                refused -> assertThat(refused.key()).isEqualTo(key));
    }
}
