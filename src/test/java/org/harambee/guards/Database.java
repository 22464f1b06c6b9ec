package org.harambee.guards;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every table of the application's database, read through JDBC: to see whether a request changed anything, and to search every column. */
final class Database {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    Database(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet found = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    tables.add(found.getString("TABLE_NAME"));
                }
            }
        }
        return tables;
    }

    /** Per table, its number of rows and a sum of the rows' hashes: equal snapshots mean nothing was written. */
    Map<String, String> snapshot() throws SQLException {
        Map<String, String> state = new TreeMap<>();
        for (String table : tables()) {
            long[] countAndHash = new long[2];
            jdbc.query("select * from " + table, row -> {
                int columns = row.getMetaData().getColumnCount();
                long hash = 17;
                for (int i = 1; i <= columns; i++) {
                    hash = hash * 31 + String.valueOf(row.getString(i)).hashCode();
                }
                countAndHash[0]++;
                countAndHash[1] += hash;
            });
            state.put(table, countAndHash[0] + "/" + countAndHash[1]);
        }
        return state;
    }

    /** "table.column" of every cell whose text holds the needle (case-insensitive). */
    List<String> cellsContaining(String needle) throws SQLException {
        String wanted = needle.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String table : tables()) {
            jdbc.query("select * from " + table, row -> {
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    String cell = row.getString(i);
                    if (cell != null && cell.toLowerCase(Locale.ROOT).contains(wanted)) {
                        found.add(table + "." + row.getMetaData().getColumnName(i));
                    }
                }
            });
        }
        return found;
    }
}
