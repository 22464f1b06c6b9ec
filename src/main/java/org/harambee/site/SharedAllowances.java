package org.harambee.site;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rate allowances counted in the database every node shares ({@code rate_allowance}), one row per caller (its key
 * names the kind of limit), read and written back under the row's lock in a transaction of their own: two nodes
 * answering the same caller at the same moment take from one allowance. Present when
 * {@code harambee.limits.counted=database} (the cluster profile). Rows untouched for {@value #FORGET_AFTER_HOURS}
 * hour, the longest window in use, are full again and deleted every minute.
 */
@Component
@ConditionalOnProperty(name = "harambee.limits.counted", havingValue = "database")
@NamedInterface(name = "api", propagate = false)
public class SharedAllowances implements Allowances {

    static final int FORGET_AFTER_HOURS = 1;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public SharedAllowances(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public Allowance.Admission take(String caller, int perWindow, Duration window, Instant now) {
        return ownTransaction.execute(status -> {
            jdbc.update("insert into rate_allowance (caller, units_left, updated_at) values (?, ?, ?) "
                    + "on conflict do nothing", caller, Allowance.full(perWindow, window, now).left(),
                    Timestamp.from(now));
            Allowance allowance = jdbc.query("select units_left, updated_at from rate_allowance where caller = ? "
                    + "for update", (row, number) -> new Allowance(perWindow, window, row.getLong(1),
                            row.getTimestamp(2).toInstant()), caller).get(0);
            Allowance.Admission admission = allowance.take(now);
            jdbc.update("update rate_allowance set units_left = ?, updated_at = ? where caller = ?", allowance.left(),
                    Timestamp.from(allowance.updated()), caller);
            return admission;
        });
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    public void forgetFullAllowances() {
        jdbc.update("delete from rate_allowance where updated_at < ?",
                Timestamp.from(clock.instant().minus(Duration.ofHours(FORGET_AFTER_HOURS))));
    }
}
