package org.harambee.directory.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What an import keeps beside its {@link OrganizationImport} record: the uploaded file (until it is imported or
 * refused), the problems found and the rows matching existing organizations with the choice made for each. Plain
 * SQL in batches: a file of 10,000 rows may have as many problems or matches, and the file is read only twice.
 */
@Repository
class ImportResults {

    /** Problems kept (and shown) per import; the count of all of them is kept on the import. */
    static final int PROBLEMS_KEPT = 1000;
    private static final String SEPARATOR = "\u001F";

    private final JdbcTemplate jdbc;

    ImportResults(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void storeFile(UUID id, byte[] content) {
        jdbc.update("update organization_import set file_content = ? where id = ?", content, id);
    }

    byte[] file(UUID id) {
        return jdbc.queryForObject("select file_content from organization_import where id = ?",
                (rs, n) -> rs.getBytes(1), id);
    }

    void dropFile(UUID id) {
        jdbc.update("update organization_import set file_content = null where id = ?", id);
    }

    /** Replaces the problems and matches of an import with those of a new check. */
    void replace(UUID id, List<ImportProblem> problems, List<ImportMatch> matches) {
        jdbc.update("delete from organization_import_problem where import_id = ?", id);
        jdbc.update("delete from organization_import_match where import_id = ?", id);
        List<Integer> kept = IntStream.range(0, Math.min(problems.size(), PROBLEMS_KEPT)).boxed().toList();
        jdbc.batchUpdate("insert into organization_import_problem (import_id, problem_order, line_number, column_name,"
                + " codes, arguments) values (?, ?, ?, ?, ?, ?)", kept, 500, (statement, position) -> {
                    ImportProblem problem = problems.get(position);
                    statement.setObject(1, id);
                    statement.setInt(2, position);
                    statement.setInt(3, problem.line());
                    statement.setString(4, problem.column() == null ? null : problem.column().name());
                    statement.setString(5, clip(String.join(" ", problem.codes()), 1000));
                    statement.setString(6, clip(problem.arguments().stream().map(a -> a.replace(SEPARATOR, " "))
                            .collect(Collectors.joining(SEPARATOR)), 2000));
                });
        jdbc.batchUpdate("insert into organization_import_match (import_id, line_number, name, organization_id,"
                + " organization_name, organization_slug, matched_by, decision) values (?, ?, ?, ?, ?, ?, ?, ?)",
                matches, 500, (statement, match) -> {
                    statement.setObject(1, id);
                    statement.setInt(2, match.line());
                    statement.setString(3, clip(match.name(), 300));
                    statement.setLong(4, match.organizationId());
                    statement.setString(5, clip(match.organizationName(), 300));
                    statement.setString(6, match.organizationSlug());
                    statement.setString(7, match.matchedBy().stream().map(ImportColumn::name)
                            .collect(Collectors.joining(" ")));
                    statement.setString(8, match.decision().name());
                });
    }

    List<ImportProblem> problems(UUID id) {
        return jdbc.query("select line_number, column_name, codes, arguments from organization_import_problem"
                + " where import_id = ? order by problem_order", (rs, n) -> new ImportProblem(rs.getInt(1),
                        rs.getString(2) == null ? null : ImportColumn.valueOf(rs.getString(2)),
                        Arrays.asList(rs.getString(3).split(" ")), rs.getString(4) == null || rs.getString(4).isEmpty()
                                ? List.of() : Arrays.asList(rs.getString(4).split(SEPARATOR, -1))), id);
    }

    List<ImportMatch> matches(UUID id, int offset, int limit) {
        return jdbc.query("select line_number, name, organization_id, organization_name, organization_slug,"
                + " matched_by, decision from organization_import_match where import_id = ? order by line_number"
                + " offset ? rows fetch next ? rows only", ImportResults::match, id, offset, limit);
    }

    List<ImportMatch> allMatches(UUID id) {
        return matches(id, 0, Integer.MAX_VALUE);
    }

    /** Records the choices made for some matching rows (by line); lines that match nothing are ignored. */
    void decide(UUID id, Map<Integer, ImportMatch.Decision> decisions) {
        List<Map.Entry<Integer, ImportMatch.Decision>> all = List.copyOf(decisions.entrySet());
        jdbc.batchUpdate("update organization_import_match set decision = ? where import_id = ? and line_number = ?",
                all, 500, (statement, decision) -> {
                    statement.setString(1, decision.getValue().name());
                    statement.setObject(2, id);
                    statement.setInt(3, decision.getKey());
                });
    }

    void decideAll(UUID id, ImportMatch.Decision decision) {
        jdbc.update("update organization_import_match set decision = ? where import_id = ?", decision.name(), id);
    }

    int updatesChosen(UUID id) {
        return jdbc.queryForObject("select count(*) from organization_import_match where import_id = ?"
                + " and decision = 'UPDATE'", Integer.class, id);
    }

    /** Forgets imports started before this time, with their files, problems and matches. */
    int deleteStartedBefore(Instant before) {
        return jdbc.update("delete from organization_import where created_at < ?", Timestamp.from(before));
    }

    private static ImportMatch match(ResultSet rs, int n) throws SQLException {
        return new ImportMatch(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                Arrays.stream(rs.getString(6).split(" ")).map(ImportColumn::valueOf).toList(),
                ImportMatch.Decision.valueOf(rs.getString(7)));
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
