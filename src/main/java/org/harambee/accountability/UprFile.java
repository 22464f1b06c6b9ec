package org.harambee.accountability;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file of Universal Periodic Review recommendations shaped like the public research dataset: a header
 * row naming the columns (any order, any case; columns it does not know are ignored), then one recommendation a
 * row. Session, To, From and Text are required; To-Rgrp, To-Org, From-Rgrp, From-Org, Response, Action and Issue
 * are read when present. Cells are trimmed, runs of spaces evened out, numeric character references
 * ({@code &#40;}) decoded and accents composed (NFC), since real files have all four; blank lines are skipped. Any row that does not hold stops the reading with its
 * line: a file imports whole or not at all.
 */
final class UprFile {

    static final int MAX_ROWS = 250_000;
    static final int REGION_MAX = 20;
    static final int ORGANIZATIONS_MAX = 500;
    static final int TAG_MAX = 100;
    static final int SESSION_MAX = 999;

    enum Column {
        SESSION("Session", true), TO("To", true), TO_REGION("To-Rgrp", false), TO_ORGANIZATIONS("To-Org", false),
        FROM("From", true), FROM_REGION("From-Rgrp", false), FROM_ORGANIZATIONS("From-Org", false),
        TEXT("Text", true), RESPONSE("Response", false), ACTION("Action", false), ISSUE("Issue", false);

        final String header;
        final boolean required;

        Column(String header, boolean required) {
            this.header = header;
            this.required = required;
        }

        static Optional<Column> named(String header) {
            String key = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
            return Arrays.stream(values()).filter(column -> column.header.toLowerCase(Locale.ROOT).equals(key))
                    .findFirst();
        }
    }

    private static final Pattern REFERENCE = Pattern.compile("&#(x?)([0-9a-fA-F]{1,6});");

    private UprFile() {
    }

    static List<UprRow> read(String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        List<UprRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord header = next(records, 1);
            if (header == null) {
                throw new UprFileException(1, null, "empty", null);
            }
            Map<Column, Integer> columns = columns(header);
            int width = header.size();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record = next(records, line);
                if (record == null) {
                    break;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != width) {
                    throw new UprFileException(line, null, "cells", record.size() + "/" + width);
                }
                if (rows.size() == MAX_ROWS) {
                    throw new UprFileException(line, null, "tooManyRows", String.valueOf(MAX_ROWS));
                }
                rows.add(row(line, record, columns));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (rows.isEmpty()) {
            throw new UprFileException(2, null, "noRows", null);
        }
        return rows;
    }

    /** The next record, or null after the last; one the CSV syntax cannot read (a quote left open) refuses the file. */
    private static CSVRecord next(Iterator<CSVRecord> records, int line) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException malformed) {
            throw new UprFileException(line, null, "malformed", null);
        }
    }

    private static Map<Column, Integer> columns(CSVRecord header) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "");
            Optional<Column> column = Column.named(name);
            if (column.isPresent() && columns.putIfAbsent(column.get(), i) != null) {
                throw new UprFileException(1, column.get().header, "repeatedColumn", name.strip());
            }
        }
        List<String> missing = Arrays.stream(Column.values()).filter(c -> c.required && !columns.containsKey(c))
                .map(c -> c.header).toList();
        if (!missing.isEmpty()) {
            throw new UprFileException(1, null, "missingColumns", String.join(", ", missing));
        }
        return columns;
    }

    private static UprRow row(int line, CSVRecord record, Map<Column, Integer> columns) {
        Cells cells = new Cells(line, record, columns);
        String session = cells.required(Column.SESSION, 4);
        if (!session.matches("\\d{1,3}") || Integer.parseInt(session) < 1) {
            throw new UprFileException(line, Column.SESSION.header, "session", session);
        }
        String response = cells.optional(Column.RESPONSE, 20);
        Response answer = response == null ? null : Response.named(response)
                .orElseThrow(() -> new UprFileException(line, Column.RESPONSE.header, "response", response));
        String action = cells.optional(Column.ACTION, 2);
        if (action != null && !action.matches("[1-5]")) {
            throw new UprFileException(line, Column.ACTION.header, "action", action);
        }
        Set<String> issues = new LinkedHashSet<>();
        String tags = cells.optional(Column.ISSUE, 4000);
        if (tags != null) {
            for (String tag : tags.split(",")) {
                String issue = tag.strip();
                if (issue.length() > TAG_MAX) {
                    throw new UprFileException(line, Column.ISSUE.header, "tooLong", issue.substring(0, 60) + "…");
                }
                if (!issue.isEmpty()) {
                    issues.add(issue);
                }
            }
        }
        return new UprRow(line, Integer.parseInt(session), cells.required(Column.TO, Recommendation.STATE_MAX),
                cells.optional(Column.TO_REGION, REGION_MAX), cells.optional(Column.TO_ORGANIZATIONS, ORGANIZATIONS_MAX),
                cells.required(Column.FROM, Recommendation.STATE_MAX), cells.optional(Column.FROM_REGION, REGION_MAX),
                cells.optional(Column.FROM_ORGANIZATIONS, ORGANIZATIONS_MAX),
                cells.required(Column.TEXT, Recommendation.TEXT_MAX), answer,
                action == null ? null : Integer.valueOf(action), issues);
    }

    /** The cells of one row, trimmed and decoded, each checked for its length. */
    private record Cells(int line, CSVRecord record, Map<Column, Integer> columns) {

        String required(Column column, int max) {
            String value = optional(column, max);
            if (value == null) {
                throw new UprFileException(line, column.header, "required", null);
            }
            return value;
        }

        String optional(Column column, int max) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            String value = Normalizer.normalize(decoded(record.get(index)), Normalizer.Form.NFC)
                    .replaceAll("[\\s\\u00A0]+", " ").strip();
            if (value.length() > max) {
                throw new UprFileException(line, column.header, "tooLong", value.substring(0, Math.min(60, max)) + "…");
            }
            return value.isEmpty() ? null : value;
        }
    }

    /** The cell with its numeric character references ({@code &#40;}, {@code &#x28;}) as the characters they mean. */
    static String decoded(String cell) {
        if (cell.indexOf("&#") < 0) {
            return cell;
        }
        Matcher matcher = REFERENCE.matcher(cell);
        StringBuilder decoded = new StringBuilder();
        while (matcher.find()) {
            int codePoint;
            try {
                codePoint = Integer.parseInt(matcher.group(2), matcher.group(1).isEmpty() ? 10 : 16);
            } catch (NumberFormatException notDecimal) {
                codePoint = -1;
            }
            String replacement = Character.isValidCodePoint(codePoint) && codePoint >= 0x20
                    ? new String(Character.toChars(codePoint)) : matcher.group();
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(decoded).toString();
    }
}
