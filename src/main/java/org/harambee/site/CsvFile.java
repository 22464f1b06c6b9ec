package org.harambee.site;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.modulith.NamedInterface;

/**
 * A CSV file that people open in a spreadsheet: UTF-8 with a byte order mark (spreadsheets then read accents
 * right), CRLF line ends, downloaded as a file. Cells that people typed go through
 * {@link SpreadsheetCells#neutralized}.
 */
@NamedInterface(name = "api", propagate = false)
public final class CsvFile {

    /** What a CSV file holds, written row by row. */
    @FunctionalInterface
    public interface Rows {
        void write(CSVPrinter csv) throws IOException;
    }

    private CsvFile() {
    }

    /** The file's text, byte order mark first. */
    public static String written(Rows rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            rows.write(csv);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /** The answer that downloads the file as {@code name}. */
    public static ResponseEntity<byte[]> download(String name, Rows rows) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(written(rows).getBytes(StandardCharsets.UTF_8));
    }
}
