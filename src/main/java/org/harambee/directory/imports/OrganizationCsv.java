package org.harambee.directory.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The file format of an organization import: a header row naming the columns, then one organization per row.
 * Commas separate cells; a file whose header has semicolons and no comma (what spreadsheets save in Spanish and
 * other locales) is read with semicolons. Blank lines are ignored. A file that breaks the CSV syntax (a quote left
 * open), names an unknown or repeated column, lacks a required one, has no rows or more than {@link #MAX_ROWS} is
 * refused as a whole.
 */
final class OrganizationCsv {

    static final int MAX_ROWS = 20_000;

    private OrganizationCsv() {
    }

    /** The header row and the rows of a file, in order. */
    record Read(Set<ImportColumn> columns, List<ImportRow> rows) {
    }

    static Read read(String text) {
        char delimiter = delimiterOf(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<ImportColumn> header = null;
        List<ImportRow> rows = new ArrayList<>();
        long line = 1;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (!blank(record)) {
                    if (header == null) {
                        header = header(record);
                    } else if (rows.size() == MAX_ROWS) {
                        throw new RefusedFileException("directory.import.refused.tooManyRows", MAX_ROWS);
                    } else {
                        rows.add(row((int) line, header, record));
                    }
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException | IllegalStateException | IOException malformed) {
            throw new RefusedFileException("directory.import.refused.malformed", line);
        }
        if (header == null) {
            throw new RefusedFileException("directory.import.refused.empty");
        }
        if (rows.isEmpty()) {
            throw new RefusedFileException("directory.import.refused.noRows");
        }
        return new Read(header.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new)),
                rows);
    }

    /** The template: the header row alone, in UTF-8 with a byte order mark so that spreadsheets read accents. */
    static byte[] template() {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord(Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    private static List<ImportColumn> header(CSVRecord record) {
        List<ImportColumn> columns = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (String cell : record) {
            ImportColumn column = ImportColumn.named(cell).orElse(null);
            if (cell.isBlank()) {
                column = null;
            } else if (column == null) {
                unknown.add(cell.strip());
            } else if (columns.contains(column)) {
                repeated.add(column.header());
            }
            columns.add(column);
        }
        if (!unknown.isEmpty()) {
            throw new RefusedFileException("directory.import.refused.unknownColumns", String.join(", ", unknown));
        }
        if (!repeated.isEmpty()) {
            throw new RefusedFileException("directory.import.refused.repeatedColumns", String.join(", ", repeated));
        }
        String missing = Arrays.stream(ImportColumn.values()).filter(c -> c.required() && !columns.contains(c))
                .map(ImportColumn::header).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new RefusedFileException("directory.import.refused.missingColumns", missing);
        }
        return columns;
    }

    private static ImportRow row(int line, List<ImportColumn> header, CSVRecord record) {
        if (record.size() > header.size()) {
            throw new RefusedFileException("directory.import.refused.extraCells", line, header.size());
        }
        Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i).strip();
            if (!value.isEmpty() && header.get(i) == null) {
                throw new RefusedFileException("directory.import.refused.extraCells", line, header.size());
            }
            if (!value.isEmpty()) {
                cells.put(header.get(i), value);
            }
        }
        return new ImportRow(line, cells);
    }

    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    /** Semicolons when the header line has one and no comma; commas otherwise. */
    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.indexOf(',') < 0 && first.indexOf(';') >= 0 ? ';' : ',';
    }
}
