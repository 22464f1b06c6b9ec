package org.harambee.finance;

import java.io.IOException;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.OnRefusal;
import org.harambee.site.CsvFile;
import org.harambee.site.SpreadsheetCells;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network's public account at {@code /transparency}: a year's income and expenses by category against its
 * budget, with charts drawn on the server and their tables, dues by rate, the grant makers and payees named for it,
 * earlier years, a printable annual report and a CSV download. Everyone reads it, or members only, as administrators
 * choose ({@code /admin/transparency}); treasurers name entries for it from the entry's page.
 */
@Controller
class TransparencyController {

    private final PublicAccount account;
    private final DuesSettings settings;
    private final Ledger ledger;

    TransparencyController(PublicAccount account, DuesSettings settings, Ledger ledger) {
        this.account = account;
        this.settings = settings;
        this.ledger = ledger;
    }

    @GetMapping("/transparency")
    String current(@AuthenticationPrincipal HarambeeUser reader, Locale locale, Model model) {
        return page(settings.yearOf(ledger.today()).year(), false, reader, locale, model);
    }

    @GetMapping("/transparency/{year}")
    String year(@PathVariable int year, @AuthenticationPrincipal HarambeeUser reader, Locale locale, Model model) {
        return page(year, false, reader, locale, model);
    }

    @GetMapping("/transparency/{year}/report")
    String printable(@PathVariable int year, @AuthenticationPrincipal HarambeeUser reader, Locale locale,
            Model model) {
        return page(year, true, reader, locale, model);
    }

    private String page(int year, boolean printable, HarambeeUser reader, Locale locale, Model model) {
        mayRead(reader);
        model.addAttribute("report", account.report(within(year), locale));
        model.addAttribute("years", account.years());
        model.addAttribute("printable", printable);
        return "finance/transparency";
    }

    @GetMapping("/transparency/{year}/csv")
    ResponseEntity<byte[]> csv(@PathVariable int year, @AuthenticationPrincipal HarambeeUser reader,
            Locale locale) {
        mayRead(reader);
        Reports.PublicReport report = account.report(within(year), locale);
        return CsvFile.download("public-account-" + report.year().year() + ".csv", csv -> {
            csv.printRecord("section", "category", "named", "actual", "budget");
            for (Reports.Category category : report.income()) {
                rows(csv, "income", category);
            }
            for (Reports.Category category : report.expenses()) {
                rows(csv, "expenses", category);
            }
            for (Reports.Tier tier : report.dues()) {
                csv.printRecord("dues by rate", tier.rate().name(), tier.members() + " members", tier.total().typed(),
                        "");
            }
            csv.printRecord("total", "income", "", report.totalIncome().typed(), report.incomeBudget().typed());
            csv.printRecord("total", "expenses", "", report.totalExpenses().typed(), report.expenseBudget().typed());
        });
    }

    private static void rows(CSVPrinter csv, String section, Reports.Category category) throws IOException {
        csv.printRecord(section, SpreadsheetCells.neutralized(category.name()), "", category.actual().typed(),
                category.budget().typed());
        for (Reports.Named named : category.named()) {
            csv.printRecord(section, SpreadsheetCells.neutralized(category.name()),
                    SpreadsheetCells.neutralized(named.name()), named.amount().typed(), "");
        }
    }

    /** Members only, unless administrators opened the public account to everyone. */
    private void mayRead(HarambeeUser reader) {
        if (account.audience() == PublicAccount.Audience.MEMBERS && (reader == null || reader.roles().isEmpty())) {
            throw new AccessDeniedException("The public account is open to members only");
        }
    }

    private static int within(int year) {
        return JournalEntry.yearWithin(year);
    }

    @GetMapping("/admin/transparency")
    String audience(Model model) {
        model.addAttribute("audience", account.audience().name());
        return "finance/transparency-audience";
    }

    @PostMapping("/admin/transparency")
    @OnRefusal("/admin/transparency")
    String open(@RequestParam(name = "audience", required = false) PublicAccount.Audience audience,
            RedirectAttributes redirect) {
        if (audience == null) {
            redirect.addFlashAttribute("notice", "finance.transparency.audienceNeeded");
            return "redirect:/admin/transparency";
        }
        account.open(audience);
        redirect.addFlashAttribute("notice", "finance.transparency.audienceSaved");
        return "redirect:/admin/transparency";
    }

    @PostMapping("/treasury/journal/{id}/public")
    @OnRefusal("/treasury/journal/{id}")
    String name(@PathVariable Long id, @RequestParam(name = "publicName", defaultValue = "") String name,
            @AuthenticationPrincipal HarambeeUser treasurer, RedirectAttributes redirect) {
        account.name(id, name, treasurer.accountId());
        redirect.addFlashAttribute("notice", "finance.transparency.named");
        return "redirect:/treasury/journal/" + id;
    }
}
