package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.harambee.IntegrationTest;
import org.harambee.MovableClock;
import org.harambee.site.Allowance;
import org.harambee.site.SharedAllowances;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two nodes counting API requests in the database they share: a caller's allowance is one, whichever node answers,
 * even when both answer at the same moment.
 */
@IntegrationTest
class SharedAllowancesIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-10T12:00:00Z"));

    private ApiRateLimiter node() {
        return new ApiRateLimiter(6, 3, clock, new SharedAllowances(jdbc, transactions, clock));
    }

    @Test
    void twoNodesTakeFromOneAllowanceAndItRefillsForBoth() {
        ApiRateLimiter first = node();
        ApiRateLimiter second = node();
        String address = "2001:db8::" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff);

        assertThat(first.admitAddress(address).admitted()).isTrue();
        assertThat(second.admitAddress(address).admitted()).isTrue();
        assertThat(first.admitAddress(address).admitted()).isTrue();
        Allowance.Admission refused = second.admitAddress(address);
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(20);

        clock.advance(Duration.ofSeconds(20));
        assertThat(second.admitAddress(address).admitted()).isTrue();
        assertThat(first.admitAddress(address).admitted()).isFalse();
        assertThat(first.admitToken(UUID.randomUUID().getMostSignificantBits() & 0xffffff).admitted()).isTrue();
    }

    @Test
    void requestsAnsweredAtTheSameMomentByTwoNodesAreCountedOnceEach() throws Exception {
        List<ApiRateLimiter> nodes = List.of(node(), node());
        long token = UUID.randomUUID().getLeastSignificantBits() & 0xffffff;
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> requests = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                ApiRateLimiter node = nodes.get(i % 2);
                requests.add(() -> node.admitToken(token).admitted());
            }
            long admitted = 0;
            for (Future<Boolean> answer : callers.invokeAll(requests)) {
                admitted += answer.get() ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(6);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void allowancesFullAgainAreForgotten() {
        SharedAllowances shared = new SharedAllowances(jdbc, transactions, clock);
        String caller = "address 192.0.2." + (UUID.randomUUID().hashCode() & 0xff) + "-" + UUID.randomUUID();
        shared.take(caller, 3, Duration.ofMinutes(1), clock.instant());
        assertThat(jdbc.queryForObject("select count(*) from rate_allowance where caller = ?", Long.class, caller))
                .isEqualTo(1);
        clock.advance(Duration.ofHours(2));
        shared.forgetFullAllowances();
        assertThat(jdbc.queryForObject("select count(*) from rate_allowance where caller = ?", Long.class, caller))
                .isZero();
    }
}
