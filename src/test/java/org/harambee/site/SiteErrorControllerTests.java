package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
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

    @Test
    void otherFailuresAndNoFailureAreNot() {
        assertThat(SiteErrorController.unreachable(new IllegalStateException("a bug", new NullPointerException())))
                .isFalse();
        assertThat(SiteErrorController.unreachable(null)).isFalse();
        assertThat(SiteErrorController.unreachable("not a failure")).isFalse();
    }
}
