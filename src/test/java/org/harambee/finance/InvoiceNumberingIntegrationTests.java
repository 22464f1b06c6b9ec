package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.site.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fifty treasurers issue invoices at the same moment (on H2, and on PostgreSQL in the build's PostgreSQL run): every
 * invoice gets its own number, and the year's numbers have no gap, even where an issue is refused after it had taken
 * its number.
 */
@IntegrationTest
class InvoiceNumberingIntegrationTests {

    private static final int ISSUERS = 50;
    private static final int REFUSED = 10;

    @Autowired
    Dues dues;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiftyConcurrentIssuersGetConsecutiveNumbersWithoutGapOrRepeat() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        int year = ThreadLocalRandom.current().nextInt(2020, 2025);
        HarambeeUser treasurer = fixtures.account(Role.TREASURER);
        Map<DuesRate, Money> rates = new EnumMap<>(DuesRate.class);
        for (DuesRate rate : DuesRate.values()) {
            rates.put(rate, Money.parse("120", dues.currency()).orElseThrow());
        }
        dues.setSchedule(year, rates, null, treasurer.accountId());
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < ISSUERS - REFUSED; i++) {
            members.add(fixtures.organization("Numbered " + i + " " + mark, MembershipStatus.ACTIVE, true).id());
        }
        Long invoicedAlready = members.get(0);
        dues.issue(invoicedAlready, year, null, treasurer.accountId());
        for (int i = 0; i < REFUSED; i++) {
            members.add(invoicedAlready);
        }

        ExecutorService pool = Executors.newFixedThreadPool(ISSUERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>();
        try {
            for (Long member : members.subList(1, members.size())) {
                Callable<Long> issue = () -> {
                    start.await();
                    try {
                        return dues.issue(member, year, null, treasurer.accountId());
                    } catch (Refusal invoiced) {
                        return null;
                    }
                };
                results.add(pool.submit(issue));
            }
            start.countDown();
            List<Long> issued = new ArrayList<>();
            for (Future<Long> result : results) {
                Long id = result.get();
                if (id != null) {
                    issued.add(id);
                }
            }
            assertThat(issued).hasSize(ISSUERS - REFUSED - 1).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }

        int numberYear = dues.today().getYear();
        List<Integer> numbers = jdbc.queryForList("select number from dues_invoice where series = 'INVOICE'"
                + " and number_year = ? order by number", Integer.class, numberYear);
        assertThat(numbers).doesNotHaveDuplicates();
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).as("invoice number %d of %d in %d", i + 1, numbers.size(), numberYear)
                    .isEqualTo(i + 1);
        }
        assertThat(jdbc.queryForObject("select count(*) from dues_invoice where membership_year = ? and member_id in"
                + " (select id from organization where name like ?)", Long.class, year, "Numbered % " + mark))
                .as("this test's members only: the tests share one database").isEqualTo(ISSUERS - REFUSED);
    }
}
