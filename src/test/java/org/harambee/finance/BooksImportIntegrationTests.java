package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A treasurer imports a year's grants, donations and expenses from a spreadsheet's CSV: a good file is posted whole
 * (and its named funder shows on the public account); a file with one bad row is refused whole, every problem named
 * by line and column; nobody else may import.
 */
@IntegrationTest
class BooksImportIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FinancialReports reports;
    @Autowired
    PublicAccount publicAccount;

    private final String mark = UUID.randomUUID().toString().substring(0, 8);
    private final int year = ThreadLocalRandom.current().nextInt(1970, 1980);

    private MockHttpServletResponse upload(HarambeeUser who, String csv) throws Exception {
        return mvc.perform(multipart("/treasury/import").file(new MockMultipartFile("file", "books.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user(who)).header("Accept-Language", "en"))
                .andReturn().getResponse();
    }

    private long entries() {
        return jdbc.queryForObject("select count(*) from journal_entry", Long.class);
    }

    @Test
    void aGoodFileIsPostedWholeAndABadOneNotAtAll() throws Exception {
        HarambeeUser treasurer = fixtures.account(Role.TREASURER);
        String good = "\uFEFFdate,kind,amount,description,account,public_name\r\n"
                + year + "-02-01,grant,\"25,000.00\",General support " + mark + ",4100,Prairie Fund " + mark + "\r\n"
                + year + "-02-03,donation,150,Town hall donations " + mark + ",,\r\n"
                + year + "-02-10,expense,1800,Rent " + mark + ",5400,\r\n";
        long before = entries();
        MockHttpServletResponse posted = upload(treasurer, good);
        assertThat(posted.getRedirectedUrl()).isEqualTo("/treasury/journal");
        assertThat(entries()).isEqualTo(before + 3);
        Reports.IncomeStatement statement = reports.incomeStatement(LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), Locale.ENGLISH);
        assertThat(statement.totalIncome().amount()).isEqualByComparingTo("25150");
        assertThat(statement.totalExpenses().amount()).isEqualByComparingTo("1800");
        assertThat(publicAccount.report(year, Locale.ENGLISH).income().get(0).named())
                .extracting(Reports.Named::name).containsExactly("Prairie Fund " + mark);

        String bad = "date,kind,amount,description,account\n"
                + year + "-03-01,grant,100,Fine " + mark + ",\n"
                + year + "-03-02,expense,50,Wrong account " + mark + ",4100\n"
                + year + "-03-31,donation,ten,Unreadable " + mark + ",\n";
        before = entries();
        String refused = upload(treasurer, bad).getContentAsString();
        assertThat(entries()).isEqualTo(before);
        assertThat(refused).contains("Nothing was imported: the file has one problem")
                .contains("<td class=\"number\">4</td>").contains("<code>amount</code>");
        String chart = upload(treasurer, bad.replace("ten", "10")).getContentAsString();
        assertThat(chart).contains("Nothing was imported: the file has one problem")
                .contains("<td class=\"number\">3</td>").contains("<code>account</code>")
                .contains("Give the code of an expense account in use.");
        assertThat(entries()).isEqualTo(before);

        assertThat(upload(fixtures.account(Role.STAFF), good).getStatus()).isEqualTo(403);
        assertThat(entries()).isEqualTo(before);
    }
}
