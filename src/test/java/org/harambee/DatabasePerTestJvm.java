package org.harambee;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The integration tests' run on PostgreSQL has two test JVMs at once (pom.xml); each works in a database of its own
 * beside the one {@code HARAMBEE_TEST_POSTGRES_URL} names: {@code harambee_test} gives {@code harambee_test_1} and
 * {@code harambee_test_2}, made here before the first test when missing (the user must be allowed to create
 * databases). Runs before any test of the JVM, when the build gives the JVM's suffix ({@code _} and its number) in
 * {@value #SUFFIX_PROPERTY}; otherwise it does nothing.
 */
public class DatabasePerTestJvm implements LauncherSessionListener {

    static final String SUFFIX_PROPERTY = "harambee.test.postgres-suffix";
    private static final String URL_PROPERTY = "spring.datasource.url";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String suffix = System.getProperty(SUFFIX_PROPERTY);
        String url = System.getProperty(URL_PROPERTY);
        if (suffix == null || url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        if (!suffix.matches("_[0-9]{1,3}")) {
            throw new IllegalStateException(SUFFIX_PROPERTY + " must be _ and the test JVM's number, not " + suffix);
        }
        URI given = URI.create(url.substring("jdbc:".length()));
        String database = given.getPath().substring(1) + suffix;
        String own = "jdbc:" + given.getScheme() + "://" + given.getRawAuthority() + "/" + database
                + (given.getRawQuery() == null ? "" : "?" + given.getRawQuery());
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("spring.datasource.username"),
                System.getProperty("spring.datasource.password"))) {
            if (!exists(connection, database)) {
                try (Statement create = connection.createStatement()) {
                    create.execute("create database \"" + database + "\"");
                }
            }
        } catch (SQLException refused) {
            throw new IllegalStateException("Could not make the test database " + database + " beside " + url
                    + " (the user must be allowed to create databases): " + refused.getMessage(), refused);
        }
        System.setProperty(URL_PROPERTY, own);
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, database);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
