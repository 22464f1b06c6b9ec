package org.harambee.workinggroups.statements;

import static org.harambee.site.SpreadsheetCells.neutralized;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.CsvFile;
import org.springframework.stereotype.Component;

/**
 * The signatories of a closed statement as a spreadsheet: its title and closing day, then one row per signatory
 * (organizations, then individuals, each by name) with kind, state, country and when they signed, in the network's
 * time zone. Cells a spreadsheet would run as a formula are neutralized.
 */
@Component
class SignatoriesCsv {

    static final List<String> COLUMNS = List.of("name", "kind", "state", "country", "signed_at");
    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Statements statements;

    SignatoriesCsv(Statements statements) {
        this.statements = statements;
    }

    /**
     * The export of the closed statement {@code id}, if this person may read it; unknown while it is open. An
     * individual is a row only where the page names them to this reader; the others are counted in the heading.
     */
    String csv(Long id, HarambeeUser user) {
        Statements.Reading reading = statements.read(id, user);
        SignOnStatement statement = reading.statement();
        UUID account = user == null ? null : user.accountId();
        List<Signature> named = statements.signatures(statement).stream()
                .filter(signature -> signature.namedTo(reading.reader().owner(), account)).toList();
        Instant closedAt = statement.closedAt(statements.now());
        if (closedAt == null) {
            throw new UnknownStatementException();
        }
        ZoneId zone = statements.zone();
        return CsvFile.written(csv -> {
            csv.printRecord(neutralized("statement"), neutralized(statement.title()));
            csv.printRecord("closed", LocalDate.ofInstant(closedAt, zone).toString());
            csv.printRecord("individuals_not_named", statements.signatures(statement).size() - named.size());
            csv.println();
            csv.printRecord(COLUMNS);
            for (Signature signature : named.stream()
                    .sorted(Comparator.comparing(Signature::kind)
                            .thenComparing(Signature::name, String.CASE_INSENSITIVE_ORDER)).toList()) {
                csv.printRecord(neutralized(signature.name()), signature.kind().name().toLowerCase(Locale.ROOT),
                        neutralized(text(signature.stateCode())), neutralized(text(signature.country())),
                        SIGNED_AT.format(signature.signedAt().truncatedTo(ChronoUnit.SECONDS).atZone(zone)));
            }
        });
    }

    /** The file name of the export of this statement. */
    static String fileName(Long id) {
        return "statement-" + id + "-signatories.csv";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
