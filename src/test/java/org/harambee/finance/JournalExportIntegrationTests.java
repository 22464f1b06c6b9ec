package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.harambee.IntegrationTest;
import org.harambee.Validators;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The journal export is read by the real accounting tool hledger ({@code .ci/run} installs it and names it in
 * HARAMBEE_HLEDGER), and every account's balance hledger adds up equals the trial balance's, descriptions with
 * accounting tools' own marks included.
 */
@IntegrationTest
class JournalExportIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Ledger ledger;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private Money usd(String amount) {
        return Money.parse(amount, ledger.currency()).orElseThrow();
    }

    private EntryDraft.Line line(int row, String code, String debit, String credit, String memo) {
        return new EntryDraft.Line(row, jdbc.queryForObject("select id from ledger_account where code = ?",
                Long.class, code), debit == null ? null : usd(debit), credit == null ? null : usd(credit), memo);
    }

    @Test
    void hledgerReadsTheExportAndAddsItUpAsTheTrialBalanceDoes() throws Exception {
        HarambeeUser treasurer = fixtures.account(Role.TREASURER);
        LocalDate day = LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3_000));
        ledger.post(new EntryDraft(day, "Grant; first part: \"housing\"  project", ledger.currency(), List.of(
                line(0, "1000", "30000", null, "wire; ref 12, date: 2031 [3/4]"), line(1, "4100", null, "30000", null))),
                treasurer.accountId());
        ledger.post(new EntryDraft(day, "Dues, March", ledger.currency(), List.of(line(0, "1000", "1,250.50", null,
                null), line(1, "4000", null, "1250.50", null))), treasurer.accountId());
        Long rent = ledger.post(new EntryDraft(day.plusDays(1), "Rent\tand utilities", ledger.currency(), List.of(
                line(0, "5400", "1800.25", null, null), line(1, "1000", null, "1800.25", null))),
                treasurer.accountId());
        ledger.reverse(rent, day.plusDays(2), "Paid by the landlord's mistake", treasurer);

        MockHttpServletResponse file = mvc.perform(get("/treasury/export/journal.ledger?from=" + day + "&to="
                + day.plusDays(2)).with(user(treasurer))).andReturn().getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getHeader("Content-Disposition")).contains("journal-" + day);
        Path journal = Files.createTempFile("harambee-journal", ".ledger");
        Files.writeString(journal, file.getContentAsString(StandardCharsets.UTF_8));

        Path hledger = Validators.needed("HARAMBEE_HLEDGER", "The journal check needs hledger (Debian package "
                + "hledger)");
        Process balance = new ProcessBuilder(hledger.toString(), "-f", journal.toString(), "balance", "--flat",
                "--no-total", "-O", "csv").redirectErrorStream(true).start();
        String csv = new String(balance.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(balance.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(balance.exitValue()).as(csv).isZero();

        Map<String, BigDecimal> fromHledger = new HashMap<>();
        for (String row : csv.strip().split("\\R")) {
            String[] cells = row.split("\",\"");
            String account = cells[0].replace("\"", "");
            if (!account.equals("account")) {
                fromHledger.put(account.substring(account.indexOf(':') + 1).split(" ")[0],
                        new BigDecimal(cells[1].replace("\"", "").replace("USD", "").replace(",", "").strip()));
            }
        }
        TrialBalance trial = ledger.trialBalance(day, day.plusDays(2), Locale.ENGLISH);
        Map<String, BigDecimal> fromHarambee = new HashMap<>();
        trial.rows().stream().filter(row -> !row.debits().minus(row.credits()).isZero())
                .forEach(row -> fromHarambee.put(row.account().code(), row.debits().minus(row.credits()).amount()));
        assertThat(fromHledger.keySet()).containsExactlyInAnyOrderElementsOf(fromHarambee.keySet());
        fromHarambee.forEach((code, amount) -> assertThat(fromHledger.get(code)).as(code).isEqualByComparingTo(amount));
        assertThat(fromHarambee.get("1000")).isEqualByComparingTo("31250.50");
    }
}
