package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public account is derived from the books: a year's income and expenses by category with charts and tables,
 * dues by rate, and by name only the grant makers a treasurer named; members read it, visitors too once an
 * administrator opens it; it prints and downloads as CSV.
 */
@IntegrationTest
class TransparencyIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Ledger ledger;
    @Autowired
    Dues dues;

    private final String mark = UUID.randomUUID().toString().substring(0, 8);

    private MockHttpServletResponse as(HarambeeUser who, MockHttpServletRequestBuilder request) throws Exception {
        if (who != null) {
            request.with(user(who));
        }
        return mvc.perform(request.header("Accept-Language", "en")).andReturn().getResponse();
    }

    private Long entry(LocalDate day, String description, String debit, String credit, String amount,
            HarambeeUser treasurer) {
        Money money = Money.parse(amount, ledger.currency()).orElseThrow();
        long from = jdbc.queryForObject("select id from ledger_account where code = ?", Long.class, debit);
        long to = jdbc.queryForObject("select id from ledger_account where code = ?", Long.class, credit);
        return ledger.post(new EntryDraft(day, description, ledger.currency(), List.of(
                new EntryDraft.Line(0, from, money, null, null), new EntryDraft.Line(1, to, null, money, null))),
                treasurer.accountId());
    }

    @Test
    void theYearsAccountNamesOnlyWhatATreasurerNamedAndOpensToVisitorsWhenAnAdministratorChooses()
            throws Exception {
        int year = ThreadLocalRandom.current().nextInt(1990, 2000);
        LocalDate day = LocalDate.of(year, 3, 1);
        HarambeeUser treasurer = fixtures.account(Role.TREASURER);
        Long named = entry(day, "Grant from Prairie Justice Fund " + mark, "1000", "4100", "40,000", treasurer);
        entry(day, "Grant from a funder at risk " + mark, "1000", "4100", "5,000", treasurer);
        entry(day.plusDays(1), "Donation of Rosa Parkes " + mark, "1000", "4200", "75", treasurer);
        entry(day.plusDays(2), "Rent to Landlord LLC " + mark, "5400", "1000", "1,800", treasurer);
        Map<DuesRate, Money> rates = new EnumMap<>(DuesRate.class);
        for (DuesRate rate : DuesRate.values()) {
            rates.put(rate, Money.parse("150", ledger.currency()).orElseThrow());
        }
        dues.setSchedule(year, rates, null, treasurer.accountId());
        dues.issue(fixtures.organization("Public Dues " + mark, MembershipStatus.ACTIVE, true).id(), year, null,
                treasurer.accountId());

        assertThat(as(treasurer, post("/treasury/journal/" + named + "/public").with(csrf())
                .param("publicName", "Prairie Justice Fund")).getRedirectedUrl()).isEqualTo("/treasury/journal/"
                        + named);
        HarambeeUser member = fixtures.account(Role.MEMBER);
        String page = as(member, get("/transparency/" + year)).getContentAsString();
        assertThat(page).contains("Public account " + year).contains("Foundation grants").contains("$45,000.00")
                .contains("Prairie Justice Fund").contains("$40,000.00").contains("Individual donations")
                .contains("Rent and utilities").contains("$1,800.00").contains("<svg role=\"img\"")
                .contains("Membership dues by rate").contains("$150.00")
                .doesNotContain("at risk " + mark).doesNotContain("Rosa Parkes").doesNotContain("Landlord LLC");
        String csv = new String(as(member, get("/transparency/" + year + "/csv")).getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFsection,category,named,actual,budget\r\n")
                .contains("income,Foundation grants,Prairie Justice Fund,40000.00,\r\n")
                .contains("income,Foundation grants,,45000.00,0.00\r\n").doesNotContain("Rosa");
        assertThat(as(member, get("/transparency/" + year + "/report")).getContentAsString())
                .contains("Public account " + year).doesNotContain("Printable annual report");

        HarambeeUser admin = fixtures.account(Role.ADMIN);
        assertThat(as(null, get("/transparency/" + year)).getRedirectedUrl()).endsWith("/login");
        try {
            as(admin, post("/admin/transparency").with(csrf()).param("audience", "EVERYONE"));
            assertThat(as(null, get("/transparency/" + year)).getContentAsString()).contains("Prairie Justice Fund");
        } finally {
            as(admin, post("/admin/transparency").with(csrf()).param("audience", "MEMBERS"));
        }
        assertThat(as(null, get("/transparency/" + year)).getRedirectedUrl()).endsWith("/login");
        assertThat(as(fixtures.account(Role.STAFF), post("/admin/transparency").with(csrf())
                .param("audience", "EVERYONE")).getStatus()).isEqualTo(403);

        as(treasurer, post("/treasury/journal/" + named + "/public").with(csrf()).param("publicName", ""));
        assertThat(as(member, get("/transparency/" + year)).getContentAsString())
                .doesNotContain("Prairie Justice Fund").contains("$45,000.00");

        as(treasurer, post("/treasury/journal/" + named + "/public").with(csrf())
                .param("publicName", "Prairie Justice Fund"));
        ledger.reverse(named, day.plusDays(3), "The grant went back " + mark, treasurer);
        assertThat(as(member, get("/transparency/" + year)).getContentAsString())
                .as("a reversed grant is named nowhere").doesNotContain("Prairie Justice Fund").contains("$5,000.00");
    }
}
