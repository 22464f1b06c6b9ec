package org.harambee.finance;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.FormErrors;
import org.harambee.site.CsvFile;
import org.harambee.site.SpreadsheetCells;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The treasurers' reports: the income statement of a period, the balance sheet on a day, the year's budget against
 * actual (and the form that sets the budget), each also as CSV for spreadsheets (with a byte order mark, and text
 * cells a spreadsheet would take for a formula neutralized), like the trial balance.
 */
@Controller
class ReportsController {

    private final FinancialReports reports;
    private final Ledger ledger;
    private final DuesSettings settings;

    ReportsController(FinancialReports reports, Ledger ledger, DuesSettings settings) {
        this.reports = reports;
        this.ledger = ledger;
        this.settings = settings;
    }

    @GetMapping("/treasury/income-statement")
    String incomeStatement(@RequestParam(name = "from", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale, Model model) {
        ReportPeriod period = ReportPeriod.of(from, to, ledger.today());
        model.addAttribute("report", reports.incomeStatement(period.from(), period.to(), locale));
        return "finance/income-statement";
    }

    @GetMapping("/treasury/balance-sheet")
    String balanceSheet(@RequestParam(name = "on", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Locale locale, Model model) {
        model.addAttribute("report", reports.balanceSheet(day(on), locale));
        return "finance/balance-sheet";
    }

    @GetMapping("/treasury/budget")
    String budget(@RequestParam(name = "year", required = false) Integer year, Locale locale, Model model) {
        int shown = year(year);
        return budgetPage(shown, typed(reports.planned(shown)), FormErrors.none(), locale, model);
    }

    /**
     * Sets the year's budget from the fields named {@code amounts[accountId]} that were sent (empty: none budgeted);
     * an unreadable amount is refused at its field and nothing is saved.
     */
    @PostMapping("/treasury/budget")
    String setBudget(@RequestParam(name = "year", required = false) Integer year,
            @RequestParam Map<String, String> fields, @AuthenticationPrincipal HarambeeUser treasurer, Locale locale,
            Model model, RedirectAttributes redirect) {
        int shown = year(year);
        Map<String, String> typed = new HashMap<>();
        MapBindingResult result = new MapBindingResult(typed, "budget");
        Map<Long, Optional<Money>> amounts = new HashMap<>();
        for (AccountView account : ledger.chart(locale)) {
            String field = "amounts[" + account.id() + "]";
            String value = fields.get(field);
            if (value != null) {
                typed.put(field, value);
                amounts.put(account.id(), Optional.ofNullable(TypedAmount.read(value, ledger.currency(), field,
                        result)));
            }
        }
        if (result.hasErrors()) {
            return budgetPage(shown, typed, FormErrors.of(result), locale, model);
        }
        reports.setBudget(shown, amounts, treasurer.accountId());
        redirect.addFlashAttribute("notice", "finance.budget.saved");
        return "redirect:/treasury/budget?year=" + shown;
    }

    private String budgetPage(int year, Map<String, String> typed, FormErrors errors, Locale locale, Model model) {
        int current = settings.yearOf(ledger.today()).year();
        model.addAttribute("report", reports.budget(year, ledger.today(), locale));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("years", List.of(current - 1, current, current + 1));
        model.addAttribute("currency", ledger.currency().getCurrencyCode());
        return "finance/budget";
    }

    private static Map<String, String> typed(Map<Long, Money> planned) {
        Map<String, String> typed = new HashMap<>();
        planned.forEach((account, amount) -> typed.put("amounts[" + account + "]", amount.typed()));
        return typed;
    }

    private int year(Integer year) {
        int current = settings.yearOf(ledger.today()).year();
        return year == null ? current
                : JournalEntry.yearWithin(year);
    }

    private LocalDate day(LocalDate on) {
        return JournalEntry.within(on == null ? ledger.today() : on);
    }

    @GetMapping("/treasury/export/trial-balance.csv")
    ResponseEntity<byte[]> trialBalanceCsv(@RequestParam(name = "from", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        ReportPeriod period = ReportPeriod.of(from, to, ledger.today());
        TrialBalance balance = ledger.trialBalance(period.from(), period.to(), locale);
        return CsvFile.download("trial-balance-" + period.from() + "-" + period.to() + ".csv", csv -> {
            csv.printRecord("code", "account", "kind", "debits", "credits", "balance");
            for (TrialBalance.Row row : balance.rows()) {
                csv.printRecord(text(row.account().code()), text(row.account().name()), row.account().kind().name(),
                        row.debits().typed(), row.credits().typed(), row.balance().typed());
            }
            csv.printRecord("", "total", "", balance.debits().typed(), balance.credits().typed(), "");
        });
    }

    @GetMapping("/treasury/export/income-statement.csv")
    ResponseEntity<byte[]> incomeStatementCsv(@RequestParam(name = "from", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        ReportPeriod period = ReportPeriod.of(from, to, ledger.today());
        Reports.IncomeStatement report = reports.incomeStatement(period.from(), period.to(), locale);
        return CsvFile.download("income-statement-" + period.from() + "-" + period.to() + ".csv", csv -> {
            csv.printRecord("section", "code", "account", "amount");
            lines(csv, "income", report.income());
            csv.printRecord("income", "", "total", report.totalIncome().typed());
            lines(csv, "expenses", report.expenses());
            csv.printRecord("expenses", "", "total", report.totalExpenses().typed());
            csv.printRecord("net", "", "income less expenses", report.net().typed());
        });
    }

    @GetMapping("/treasury/export/balance-sheet.csv")
    ResponseEntity<byte[]> balanceSheetCsv(@RequestParam(name = "on", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Locale locale) {
        Reports.BalanceSheet report = reports.balanceSheet(day(on), locale);
        return CsvFile.download("balance-sheet-" + report.on() + ".csv", csv -> {
            csv.printRecord("section", "code", "account", "amount");
            lines(csv, "assets", report.assets());
            csv.printRecord("assets", "", "total", report.totalAssets().typed());
            lines(csv, "liabilities", report.liabilities());
            csv.printRecord("liabilities", "", "total", report.totalLiabilities().typed());
            lines(csv, "net assets", report.netAssets());
            csv.printRecord("net assets", "", "net income not yet closed", report.netIncome().typed());
            csv.printRecord("net assets", "", "total", report.totalNetAssets().typed());
        });
    }

    @GetMapping("/treasury/export/budget.csv")
    ResponseEntity<byte[]> budgetCsv(@RequestParam(name = "year", required = false) Integer year, Locale locale) {
        Reports.Budget report = reports.budget(year(year), ledger.today(), locale);
        return CsvFile.download("budget-" + report.year().year() + ".csv", csv -> {
            csv.printRecord("section", "code", "account", "budget", "actual", "left");
            for (Reports.BudgetRow row : report.income()) {
                csv.printRecord("income", text(row.account().code()), text(row.account().name()),
                        row.budget().typed(), row.actual().typed(), row.left().typed());
            }
            for (Reports.BudgetRow row : report.expenses()) {
                csv.printRecord("expenses", text(row.account().code()), text(row.account().name()),
                        row.budget().typed(), row.actual().typed(), row.left().typed());
            }
        });
    }

    private static void lines(CSVPrinter csv, String section, List<Reports.Line> lines) throws IOException {
        for (Reports.Line line : lines) {
            csv.printRecord(section, text(line.account().code()), text(line.account().name()),
                    line.amount().typed());
        }
    }

    private static String text(String value) {
        return SpreadsheetCells.neutralized(value == null ? "" : value);
    }

}
