package org.harambee.finance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.FormErrors;
import org.harambee.site.Installation;
import org.harambee.site.OnRefusal;
import org.harambee.site.Option;
import org.harambee.site.Refusal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The treasurer's books: the journal, posting and reversing entries, the trial balance and the journal export. */
@Controller
class TreasuryController {

    private final Ledger ledger;
    private final JournalExport export;
    private final PublicAccount publicAccount;
    private final String networkName;

    TreasuryController(Ledger ledger, JournalExport export, PublicAccount publicAccount, Installation installation) {
        this.ledger = ledger;
        this.export = export;
        this.publicAccount = publicAccount;
        this.networkName = installation.networkName();
    }

    @InitBinder("form")
    void rows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(EntryForm.ROWS);
    }

    @GetMapping("/treasury")
    String overview(Locale locale, Model model) {
        LocalDate today = ledger.today();
        model.addAttribute("balance", ledger.trialBalance(today.withDayOfYear(1), today, locale));
        model.addAttribute("recent", ledger.journal(0, locale).getContent().stream().limit(5).toList());
        return "finance/overview";
    }

    @GetMapping("/treasury/journal")
    String journal(@RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale, Model model) {
        LocalDate start = from == null ? JournalEntry.FIRST_DAY : JournalEntry.within(from);
        LocalDate end = to == null ? JournalEntry.LAST_DAY : JournalEntry.within(to);
        model.addAttribute("entries", ledger.journal(start, end.isBefore(start) ? start : end, page, locale));
        model.addAttribute("from", from == null ? null : start.toString());
        model.addAttribute("to", to == null ? null : end.toString());
        return "finance/journal";
    }

    @GetMapping("/treasury/journal/new")
    String newEntry(Locale locale, Model model) {
        return entryPage(EntryForm.on(ledger.today()), FormErrors.none(), locale, model);
    }

    @PostMapping("/treasury/journal")
    String post(@ModelAttribute("form") EntryForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser treasurer, Locale locale, Model model,
            RedirectAttributes redirect) {
        EntryDraft draft = form.draft(ledger.currency(), result);
        if (!result.hasErrors()) {
            try {
                Long id = ledger.post(draft, treasurer.accountId());
                redirect.addFlashAttribute("notice", "finance.entry.posted");
                return "redirect:/treasury/journal/" + id;
            } catch (Refusal refused) {
                refused.rejectInto(result);
            }
        }
        return entryPage(form, FormErrors.of(result), locale, model);
    }

    @GetMapping("/treasury/journal/{id}")
    String entry(@PathVariable Long id, Locale locale, Model model) {
        model.addAttribute("entry", ledger.entry(id, locale));
        model.addAttribute("today", ledger.today());
        model.addAttribute("publicName", publicAccount.nameOf(id));
        return "finance/entry";
    }

    @PostMapping("/treasury/journal/{id}/reverse")
    @OnRefusal("/treasury/journal/{id}")
    String reverse(@PathVariable Long id,
            @RequestParam(name = "date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            @AuthenticationPrincipal HarambeeUser treasurer, RedirectAttributes redirect) {
        Long reversal = ledger.reverse(id, date, reason, treasurer);
        redirect.addFlashAttribute("notice", "finance.entry.reversed");
        return "redirect:/treasury/journal/" + reversal;
    }

    @GetMapping("/treasury/trial-balance")
    String trialBalance(@RequestParam(name = "from", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale, Model model) {
        ReportPeriod period = period(from, to);
        model.addAttribute("balance", ledger.trialBalance(period.from(), period.to(), locale));
        model.addAttribute("export", "/treasury/export/journal.ledger?from=" + period.from() + "&to=" + period.to());
        return "finance/trial-balance";
    }

    @GetMapping("/treasury/periods")
    String periods(Model model) {
        return periodsPage(ledger.today().withDayOfYear(1).minusDays(1).toString(), FormErrors.none(), model);
    }

    @PostMapping("/treasury/periods")
    String close(@RequestParam(name = "through", defaultValue = "") String through,
            @AuthenticationPrincipal HarambeeUser treasurer, Model model, RedirectAttributes redirect) {
        MapBindingResult result = new MapBindingResult(new HashMap<>(Map.of("through", through)), "period");
        try {
            ledger.close(LocalDate.parse(through), treasurer.accountId());
            redirect.addFlashAttribute("notice", "finance.period.closedNow");
            return "redirect:/treasury/periods";
        } catch (DateTimeParseException notADay) {
            result.rejectValue("through", "finance.period.through");
        } catch (Refusal refused) {
            refused.rejectInto(result);
        }
        return periodsPage(JournalEntry.dated(parsed(through)) ? through : null, FormErrors.of(result), model);
    }

    private static LocalDate parsed(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    private String periodsPage(String through, FormErrors errors, Model model) {
        model.addAttribute("closedThrough", ledger.closedThrough().orElse(null));
        model.addAttribute("closings", ledger.closings().stream().map(closing -> new Reports.Closing(
                closing.through(), closing.closedAt())).toList());
        model.addAttribute("through", through);
        model.addAttribute("errors", errors);
        return "finance/periods";
    }

    /** The period's journal for hledger or ledger ({@code hledger -f journal.ledger balance}). */
    @GetMapping("/treasury/export/journal.ledger")
    ResponseEntity<String> journalFile(@RequestParam(name = "from", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        ReportPeriod period = period(from, to);
        LocalDate start = period.from();
        LocalDate end = period.to();
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("journal-" + start + "-" + end + ".ledger").build().toString())
                .body(export.journal(start, end, networkName, locale));
    }

    private ReportPeriod period(LocalDate from, LocalDate to) {
        return ReportPeriod.of(from, to, ledger.today());
    }

    private String entryPage(EntryForm form, FormErrors errors, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("accounts", ledger.chart(locale).stream().filter(AccountView::active)
                .map(account -> new Option(String.valueOf(account.id()), account.code() + " · " + account.name()))
                .toList());
        model.addAttribute("currency", ledger.currency().getCurrencyCode());
        return "finance/entry-form";
    }
}
