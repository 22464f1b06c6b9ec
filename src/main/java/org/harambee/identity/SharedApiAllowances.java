package org.harambee.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * API allowances counted in the database every node shares ({@code api_allowance}), one row per caller, read and
 * written back under the row's lock in a transaction of their own: two nodes answering the same caller at the same
 * moment take from one allowance. Rows full again (untouched for a minute) are deleted every minute.
 */
@Component
@ConditionalOnProperty(name = "harambee.api.rates-counted", havingValue = "database")
class SharedApiAllowances {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SharedApiAllowances(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    ApiRateLimiter.Admission take(String caller, int perMinute, Instant now) {
        return ownTransaction.execute(status -> {
            ApiAllowance allowance = locked(caller, perMinute, now);
            ApiRateLimiter.Admission admission = allowance.take(now);
            jdbc.update("update api_allowance set units_left = ?, updated_at = ? where caller = ?", allowance.left(),
                    Timestamp.from(allowance.updated()), caller);
            return admission;
        });
    }

    /** The caller's allowance, its row locked until the transaction ends (made full when they had none). */
    private ApiAllowance locked(String caller, int perMinute, Instant now) {
        jdbc.update("insert into api_allowance (caller, units_left, updated_at) values (?, ?, ?) on conflict do nothing",
                caller, ApiAllowance.full(perMinute, now).left(), Timestamp.from(now));
        return jdbc.query("select units_left, updated_at from api_allowance where caller = ? for update",
                (row, number) -> new ApiAllowance(perMinute, row.getLong(1), row.getTimestamp(2).toInstant()), caller)
                .get(0);
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void forgetFullAllowances() {
        jdbc.update("delete from api_allowance where updated_at < ?",
                Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))));
    }
}
