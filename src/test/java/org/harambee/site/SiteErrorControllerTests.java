package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/** A database or search cluster out of reach is told apart from a failure of the application (503, not 500). */
class SiteErrorControllerTests {

    @Test
    void aDatabaseOrSearchClusterOutOfReachAnywhereAmongTheCausesIsUnreachable() {
        assertThat(SiteErrorController.unreachable(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("Connection is not available, request timed out")))).isTrue();
        assertThat(SiteErrorController.unreachable(new IllegalStateException("wrapped", new RuntimeException(
                "search failed", new ConnectException("Connection refused"))))).isTrue();
        assertThat(SiteErrorController.unreachable(new JDBCConnectionException("Unable to acquire JDBC Connection",
                null))).isTrue();
    }

    /**
     * What ClusterTests met once when PostgreSQL stopped under a request: the rollback of a pooled connection that had
     * just broken failed, and that failure (not the query's) reached the error page.
     */
    @Test
    void aConnectionThatBrokeUnderARequestIsUnreachableToo() {
        assertThat(SiteErrorController.unreachable(new IllegalStateException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed", "08003")))).isTrue();
        assertThat(SiteErrorController.unreachable(new RuntimeException("I/O error",
                new SocketException("Broken pipe")))).isTrue();
        assertThat(SiteErrorController.unreachable(new SQLException(
                "terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(SiteErrorController.unreachable(new SQLException("duplicate key value", "23505"))).isFalse();
    }

    @Test
    void otherFailuresAndNoFailureAreNot() {
        assertThat(SiteErrorController.unreachable(new IllegalStateException("a bug", new NullPointerException())))
                .isFalse();
        assertThat(SiteErrorController.unreachable(null)).isFalse();
        assertThat(SiteErrorController.unreachable("not a failure")).isFalse();
    }
}
