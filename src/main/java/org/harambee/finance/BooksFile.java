package org.harambee.finance;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of grants, donations, other income and expenses, as treasurers import it: a header row naming the
 * columns (in any order) and one row per amount received or spent. Read without the database: every problem of every
 * row is named by its line and column, and a file with any problem gives no rows. The chart (which account codes
 * exist, of which kind) is checked by {@link BooksImport}.
 *
 * <pre>date,kind,amount,description,account,bank_account,public_name</pre>
 * <ul>
 * <li>{@code date}: YYYY-MM-DD; {@code kind}: grant, donation, other_income or expense; {@code amount}: digits and a
 * decimal point ({@link Money#parse}); {@code description}: what it was, at most 300 characters (all required);</li>
 * <li>{@code account}: the income or expense account's code (by default 4100 for grants, 4200 for donations, 4900
 * for other income, 5990 for expenses); {@code bank_account}: the asset account's code the money went into or out
 * of (1000 by default); {@code public_name}: the name the public account shows the entry under (none by default:
 * counted only within its category).</li>
 * </ul>
 */
final class BooksFile {

    static final int MAX_ROWS = 2_000;
    static final int MAX_PROBLEMS = 200;
    static final List<String> REQUIRED = List.of("date", "kind", "amount", "description");
    static final Set<String> COLUMNS = Set.of("date", "kind", "amount", "description", "account", "bank_account",
            "public_name");
    private static final Pattern REPORTED_LINE = Pattern.compile("line (\\d{1,9})");

    private BooksFile() {
    }

    /** What a row says an amount was. */
    enum Kind {
        GRANT("4100", true), DONATION("4200", true), OTHER_INCOME("4900", true), EXPENSE("5990", false);

        private final String account;
        private final boolean income;

        Kind(String account, boolean income) {
            this.account = account;
            this.income = income;
        }

        String defaultAccount() {
            return account;
        }

        boolean income() {
            return income;
        }
    }

    /** One amount received or spent, from line {@code line} of the file. */
    record Row(int line, LocalDate date, Kind kind, Money amount, String description, String account, String bank,
            String publicName) {
    }

    /** What is wrong at a line and column ({@code column} null for the file or the line as a whole). */
    record Problem(int line, String column, String key) {
    }

    /** The rows of a file with no problem, or the problems of one that has any (and no rows). */
    record Result(List<Row> rows, List<Problem> problems) {

        boolean accepted() {
            return problems.isEmpty();
        }
    }

    static Result read(String text, Currency currency) {
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int[] lineStarts = lineStarts(content);
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                int line = lineAt(lineStarts, record.getCharacterPosition());
                if (columns == null) {
                    columns = header(record, line, problems);
                    if (!problems.isEmpty()) {
                        return new Result(List.of(), problems);
                    }
                    continue;
                }
                if (rows.size() + 1 > MAX_ROWS) {
                    problems.add(new Problem(line, null, "finance.import.problem.tooManyRows"));
                    break;
                }
                Row row = row(record, line, columns, currency, problems);
                if (row != null) {
                    rows.add(row);
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
            }
            if (columns == null) {
                problems.add(new Problem(1, null, "finance.import.problem.noHeader"));
            } else if (rows.isEmpty() && problems.isEmpty()) {
                problems.add(new Problem(2, null, "finance.import.problem.noRows"));
            }
        } catch (UncheckedIOException | IllegalStateException broken) {
            problems.add(new Problem(lineOf(broken), null, "finance.import.problem.unreadable"));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return problems.isEmpty() ? new Result(List.copyOf(rows), List.of())
                : new Result(List.of(), List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))));
    }

    /** The line a broken quote was reported at by the parser, when it says; the first otherwise. */
    private static int lineOf(RuntimeException broken) {
        Matcher line = REPORTED_LINE.matcher(String.valueOf(broken.getMessage()));
        return line.find() ? Math.max(1, Integer.parseInt(line.group(1))) : 1;
    }

    /** Where each line of the text starts (the first at 0). */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The line (from 1) of a character of the text. */
    private static int lineAt(int[] starts, long position) {
        int found = Arrays.binarySearch(starts, (int) Math.min(Integer.MAX_VALUE, position));
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static Map<String, Integer> header(CSVRecord record, int line, List<Problem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(new Problem(line, null, "finance.import.problem.unknownColumn"));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new Problem(line, null, "finance.import.problem.columnTwice"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new Problem(line, required, "finance.import.problem.columnMissing"));
            }
        }
        return columns;
    }

    private static Row row(CSVRecord record, int line, Map<String, Integer> columns, Currency currency,
            List<Problem> problems) {
        int before = problems.size();
        LocalDate date = null;
        try {
            date = LocalDate.parse(cell(record, columns, "date"));
            if (!JournalEntry.dated(date)) {
                problems.add(new Problem(line, "date", "finance.import.problem.date"));
            }
        } catch (DateTimeParseException notADate) {
            problems.add(new Problem(line, "date", "finance.import.problem.date"));
        }
        Kind kind = null;
        try {
            kind = Kind.valueOf(cell(record, columns, "kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new Problem(line, "kind", "finance.import.problem.kind"));
        }
        Money amount = Money.parse(cell(record, columns, "amount"), currency).filter(money -> money.signum() > 0)
                .orElse(null);
        if (amount == null) {
            problems.add(new Problem(line, "amount", "finance.import.problem.amount"));
        }
        String description = cell(record, columns, "description");
        if (description.isEmpty() || description.length() > JournalEntry.MAX_DESCRIPTION) {
            problems.add(new Problem(line, "description", "finance.import.problem.description"));
        }
        String account = cell(record, columns, "account");
        if (account.length() > LedgerAccount.MAX_CODE) {
            problems.add(new Problem(line, "account", "finance.import.problem.accountUnknown"));
        }
        String bank = cell(record, columns, "bank_account");
        if (bank.length() > LedgerAccount.MAX_CODE) {
            problems.add(new Problem(line, "bank_account", "finance.import.problem.accountUnknown"));
        }
        String publicName = cell(record, columns, "public_name");
        if (publicName.length() > PublicAccount.MAX_NAME) {
            problems.add(new Problem(line, "public_name", "finance.import.problem.publicName"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Row(line, date, kind, amount, description, account.isEmpty() ? kind.defaultAccount() : account,
                bank.isEmpty() ? Dues.BANK : bank, publicName.isEmpty() ? null : publicName);
    }

    /** The cell of a column, stripped and without control characters; empty when the row or file lacks it. */
    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return "";
        }
        return record.get(index).replaceAll("\\p{Cntrl}", " ").strip();
    }
}
