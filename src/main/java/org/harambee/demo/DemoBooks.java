package org.harambee.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.harambee.finance.FinanceSeeding;
import org.harambee.identity.DemoAccounts;
import org.harambee.identity.Role;
import org.harambee.site.Installation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo network's books for the membership year so far, kept by the demo treasurer: an opening balance, the
 * year's dues schedule and its invoices (most paid, some in part, a few waived, some still owed, the largest
 * payments waiting for a second treasurer), three foundation grants (two of their funders named on the public
 * account), monthly donations, the expenses of a small network office, and the year's budget. Synthetic: no real funder, organization or person. Seeded once, when the books are empty.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "harambee.demo.enabled", havingValue = "true")
class DemoBooks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBooks.class);
    private static final long SEED = 20031210L;
    private static final String BANK = "1000";
    private static final List<String> HARDSHIPS = List.of(
            "Our only foundation grant ended in the spring; we are asking for a waiver this year only.",
            "Our office flooded and our small budget went to repairs.",
            "Our coordinator is a volunteer now; we have no income this year.");

    private final DemoAccounts demoAccounts;
    private final FinanceSeeding books;
    private final Clock clock;
    private final ZoneId zone;

    DemoBooks(DemoAccounts demoAccounts, FinanceSeeding books, Clock clock, Installation installation) {
        this.demoAccounts = demoAccounts;
        this.books = books;
        this.clock = clock;
        this.zone = installation.timeZone();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (books.hasEntries()) {
            return;
        }
        UUID treasurer = demoAccounts.createOnce().stream().filter(account -> account.role() == Role.TREASURER)
                .findFirst().orElseThrow().accountId();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int year = books.membershipYearOf(today);
        LocalDate start = books.yearStart(year);
        Random random = new Random(SEED);

        books.entry(start, "Opening balance carried from last year", BANK, "3000", amount(64_250), treasurer);
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        rates.put("UNDER_50K", amount(50));
        rates.put("FROM_50K_TO_250K", amount(150));
        rates.put("FROM_250K_TO_1M", amount(400));
        rates.put("FROM_1M_TO_5M", amount(900));
        rates.put("OVER_5M", amount(1500));
        rates.put("UNDECLARED", amount(100));
        rates.put("INDIVIDUAL", amount(25));
        books.schedule(year, rates, amount(20), treasurer);
        LocalDate issued = start.minusDays(30);
        Map<Long, BigDecimal> invoiced = books.invoiceActiveMembers(year, issued, treasurer);
        int waived = 0;
        for (Map.Entry<Long, BigDecimal> invoice : invoiced.entrySet()) {
            double luck = random.nextDouble();
            LocalDate paid = before(today, issued.plusDays(5 + random.nextInt(150)));
            String method = List.of("CHECK", "BANK_TRANSFER", "BANK_TRANSFER", "CASH").get(random.nextInt(4));
            if (luck < 0.72) {
                books.payment(invoice.getKey(), paid, method, "Dues " + year, invoice.getValue(), treasurer);
            } else if (luck < 0.82) {
                books.payment(invoice.getKey(), paid, method, "Dues " + year + ", first part",
                        invoice.getValue().divide(BigDecimal.valueOf(2)), treasurer);
            } else if (luck < 0.86 && waived < HARDSHIPS.size()) {
                books.waiver(invoice.getKey(), year, HARDSHIPS.get(waived++), treasurer);
            }
        }
        grant(start.plusDays(20), today, "Prairie Justice Fund", "general support", 120_000, true, treasurer);
        grant(start.plusDays(95), today, "Coastal Rights Foundation", "UPR follow-up project", 45_000, true,
                treasurer);
        grant(start.plusDays(200), today, "River Valley Community Trust", "regional convenings", 18_000, false,
                treasurer);
        Map<String, BigDecimal> budget = new LinkedHashMap<>();
        budget.put("4000", amount(95_000));
        budget.put("4100", amount(190_000));
        budget.put("4200", amount(20_000));
        budget.put("5000", amount(114_000));
        budget.put("5100", amount(17_100));
        budget.put("5200", amount(12_000));
        budget.put("5300", amount(6_000));
        budget.put("5400", amount(21_600));
        budget.put("5600", amount(4_200));
        budget.put("5700", amount(1_800));
        budget.put("5800", amount(4_000));
        budget.put("5900", amount(300));
        books.budget(year, budget, treasurer);
        for (LocalDate month = start; !month.isAfter(today); month = month.plusMonths(1)) {
            int m = month.getMonthValue();
            books.entry(before(today, month.plusDays(26)), "Individual donations, " + month.getMonth(), BANK, "4200",
                    amount(1200 + random.nextInt(1200)), treasurer);
            books.entry(month, "Salaries, " + month.getMonth(), "5000", BANK, amount(9_500), treasurer);
            books.entry(month, "Payroll taxes and benefits, " + month.getMonth(), "5100", BANK, amount(1_425),
                    treasurer);
            books.entry(month, "Office rent and utilities, " + month.getMonth(), "5400", BANK, amount(1_800),
                    treasurer);
            books.entry(month, "Hosting, e-mail and software", "5600", BANK, amount(340), treasurer);
            books.entry(month, "Bank fees", "5900", BANK, amount(25), treasurer);
            if (m % 2 == 0) {
                books.entry(before(today, month.plusDays(9)), "Interpretation and translation (Spanish, ASL)", "5800", BANK,
                        amount(640), treasurer);
            }
            if (m % 3 == 0) {
                books.entry(before(today, month.plusDays(14)), "Printing of the quarterly bulletin", "5700", BANK, amount(410),
                        treasurer);
            }
        }
        expense(start.plusDays(130), today, "National convening: venue, meals and childcare", "5200", 8_500,
                treasurer);
        expense(start.plusDays(60), today, "Travel to the UPR pre-session in Geneva", "5300", 2_300, treasurer);
        expense(start.plusDays(240), today, "Regional trainings: travel of trainers", "5300", 1_150, treasurer);
        log.info("Demo books seeded: {} invoices for membership year {}", invoiced.size(), year);
    }

    /** A grant received; the first two funders are named on the public account, the third is counted only. */
    private void grant(LocalDate day, LocalDate today, String funder, String purpose, int amount, boolean named,
            UUID treasurer) {
        if (!day.isAfter(today)) {
            Long entry = books.entry(day, "Grant: " + funder + ", " + purpose, BANK, "4100", amount(amount), treasurer);
            if (named) {
                books.namePublicly(entry, funder, treasurer);
            }
        }
    }

    private void expense(LocalDate day, LocalDate today, String description, String code, int amount,
            UUID treasurer) {
        if (!day.isAfter(today)) {
            books.entry(day, description, code, BANK, amount(amount), treasurer);
        }
    }

    private static LocalDate before(LocalDate today, LocalDate day) {
        return day.isAfter(today) ? today : day;
    }

    private static BigDecimal amount(int value) {
        return BigDecimal.valueOf(value);
    }
}
