package org.harambee.finance;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MemberRoll;
import org.harambee.membership.RollMember;
import org.harambee.site.FormErrors;
import org.harambee.site.OnRefusal;
import org.harambee.site.Option;
import org.harambee.site.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The treasurers' dues: the schedule of each membership year and its invoices, every member's balance and
 * statement (issue an invoice, record a payment, grant a waiver), invoices and credit notes, payments waiting for a
 * second treasurer, waivers asked for.
 */
@Controller
class DuesController {

    private final Dues dues;
    private final PaymentScans scans;
    private final DuesStatements statements;
    private final MemberRoll roll;
    private final MessageSource messages;

    DuesController(Dues dues, PaymentScans scans, DuesStatements statements, MemberRoll roll, MessageSource messages) {
        this.dues = dues;
        this.scans = scans;
        this.statements = statements;
        this.roll = roll;
        this.messages = messages;
    }

    @GetMapping("/treasury/dues")
    String schedule(@RequestParam(name = "year", required = false) Integer year, Model model) {
        int shown = yearWithin(year);
        return schedulePage(DuesForms.Schedule.of(shown, dues.schedule(shown).orElse(null), dues.currency()),
                FormErrors.none(), model);
    }

    @PostMapping("/treasury/dues")
    String setSchedule(@ModelAttribute("form") DuesForms.Schedule form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser treasurer, Model model, RedirectAttributes redirect) {
        if (form.getYear() == null || form.getYear() != yearWithin(form.getYear())) {
            result.rejectValue("year", "finance.schedule.year");
        }
        Map<DuesRate, Money> rates = form.rates(dues.currency(), result);
        Money floor = form.floor(dues.currency(), result);
        if (result.hasErrors()) {
            return schedulePage(form, FormErrors.of(result), model);
        }
        dues.setSchedule(form.getYear(), rates, floor, treasurer.accountId());
        redirect.addFlashAttribute("notice", "finance.schedule.saved");
        return "redirect:/treasury/dues?year=" + form.getYear();
    }

    @PostMapping("/treasury/dues/invoices")
    @OnRefusal("/treasury/dues")
    String issueYear(@RequestParam(name = "year", required = false) Integer year,
            @AuthenticationPrincipal HarambeeUser treasurer, RedirectAttributes redirect) {
        if (year == null || year != yearWithin(year)) {
            throw new Refusal("finance.schedule.year");
        }
        int issued = dues.issueYear(year, treasurer.accountId());
        redirect.addFlashAttribute("notice", issued == 0 ? "finance.dues.noneIssued" : "finance.dues.issued");
        return "redirect:/treasury/members";
    }

    private String schedulePage(DuesForms.Schedule form, FormErrors errors, Model model) {
        int current = dues.settings().yearOf(dues.today()).year();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("rates", List.of(DuesRate.values()));
        model.addAttribute("years", List.of(current - 1, current, current + 1));
        model.addAttribute("scheduled", dues.schedules().stream().map(DuesSchedule::membershipYear).toList());
        model.addAttribute("membershipYear", dues.settings().year(form.getYear() == null ? current
                : yearWithin(form.getYear())));
        model.addAttribute("currency", dues.currency().getCurrencyCode());
        return "finance/dues";
    }

    /** The year asked for, within the books' years; the current membership year when none is given. */
    private int yearWithin(Integer year) {
        int current = dues.settings().yearOf(dues.today()).year();
        if (year == null) {
            return current;
        }
        return JournalEntry.yearWithin(year);
    }

    /** Every member's balance, narrowed to a standing and to names holding the text asked for, with the totals. */
    @GetMapping("/treasury/members")
    String members(@RequestParam(name = "q", defaultValue = "") String text,
            @RequestParam(name = "standing", required = false) StandingReason standing, Locale locale, Model model) {
        List<MemberBalance> all = statements.balances();
        String wanted = text.strip().toLowerCase(locale);
        model.addAttribute("balances", all.stream()
                .filter(balance -> standing == null || balance.standing() == standing)
                .filter(balance -> wanted.isEmpty() || balance.member().name().toLowerCase(locale).contains(wanted))
                .toList());
        model.addAttribute("totals", MemberBalance.Totals.of(all, dues.currency()));
        model.addAttribute("q", text.strip());
        model.addAttribute("standing", standing == null ? "" : standing.name());
        model.addAttribute("standings", Arrays.stream(StandingReason.values()).filter(each -> each
                != StandingReason.NOT_A_MEMBER).map(each -> new Option(each.name(), messages.getMessage(
                        "finance.standing." + each.name(), null, locale))).toList());
        return "finance/members";
    }

    @GetMapping("/treasury/members/{id}")
    String member(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser treasurer, Locale locale,
            Model model) {
        int year = dues.settings().yearOf(dues.today()).year();
        return memberPage(id, treasurer, DuesForms.Invoice.of(year), DuesForms.Payment.on(dues.today()),
                DuesForms.Waiver.of(year), null, FormErrors.none(), locale, model);
    }

    @PostMapping("/treasury/members/{id}/invoices")
    String issue(@PathVariable Long id, @ModelAttribute("invoice") DuesForms.Invoice form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser treasurer, Locale locale, Model model,
            RedirectAttributes redirect) {
        Money sliding = TypedAmount.read(form.getSlidingAmount(), dues.currency(), "slidingAmount", result);
        if (form.getYear() == null) {
            result.rejectValue("year", "finance.schedule.year");
        }
        if (!result.hasErrors()) {
            try {
                Long invoice = dues.issue(member(id).id(), yearWithin(form.getYear()), sliding,
                        treasurer.accountId());
                redirect.addFlashAttribute("notice", "finance.invoice.issued");
                return "redirect:/treasury/invoices/" + invoice;
            } catch (Refusal refused) {
                refused.rejectInto(result);
            }
        }
        int year = dues.settings().yearOf(dues.today()).year();
        return memberPage(id, treasurer, form, DuesForms.Payment.on(dues.today()), DuesForms.Waiver.of(year),
                "invoice", FormErrors.of(result), locale, model);
    }

    @PostMapping("/treasury/members/{id}/payments")
    String recordPayment(@PathVariable Long id, @ModelAttribute("payment") DuesForms.Payment form,
            BindingResult result, @AuthenticationPrincipal HarambeeUser treasurer, Locale locale, Model model,
            RedirectAttributes redirect) {
        Dues.PaymentDraft draft = form.draft(dues.currency(), result);
        PaymentScan scan = form.checkedScan(result);
        if (!result.hasErrors()) {
            try {
                if (scan == null) {
                    dues.recordPayment(member(id).id(), draft, treasurer.accountId());
                } else {
                    scans.recordPayment(member(id).id(), draft, scan, treasurer.accountId());
                }
                redirect.addFlashAttribute("notice", "finance.payment.recorded");
                return "redirect:/treasury/members/" + id;
            } catch (Refusal refused) {
                refused.rejectInto(result);
            }
        }
        int year = dues.settings().yearOf(dues.today()).year();
        return memberPage(id, treasurer, DuesForms.Invoice.of(year), form, DuesForms.Waiver.of(year), "payment",
                FormErrors.of(result), locale, model);
    }

    @PostMapping("/treasury/members/{id}/scans")
    String attachScan(@PathVariable Long id, @ModelAttribute("scan") DuesForms.Scan form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser treasurer, Locale locale, Model model,
            RedirectAttributes redirect) {
        PaymentScan scan = form.checkedScan(result);
        if (!result.hasErrors()) {
            try {
                scans.attach(member(id).id(), form.getPayment(), scan);
                redirect.addFlashAttribute("notice", "finance.scan.attached");
                return "redirect:/treasury/members/" + id;
            } catch (Refusal refused) {
                refused.rejectInto(result);
            }
        }
        int year = dues.settings().yearOf(dues.today()).year();
        return memberPage(id, treasurer, DuesForms.Invoice.of(year), DuesForms.Payment.on(dues.today()),
                DuesForms.Waiver.of(year), "scan", FormErrors.of(result), locale, model);
    }

    @GetMapping("/treasury/payments/{id}/scan")
    ResponseEntity<byte[]> scan(@PathVariable Long id) {
        return scans.file(id).orElseThrow(() -> new UnknownEntryException(id)).download();
    }

    @PostMapping("/treasury/members/{id}/waivers")
    String grantWaiver(@PathVariable Long id, @ModelAttribute("waiver") DuesForms.Waiver form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser treasurer, Locale locale, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                dues.grantWaiver(member(id).id(), form.getFromYear(), form.getToYear(), form.getReason(),
                        treasurer.accountId());
                redirect.addFlashAttribute("notice", "finance.waiver.granted");
                return "redirect:/treasury/members/" + id;
            } catch (Refusal refused) {
                refused.rejectInto(result);
            }
        }
        int year = dues.settings().yearOf(dues.today()).year();
        return memberPage(id, treasurer, DuesForms.Invoice.of(year), DuesForms.Payment.on(dues.today()), form,
                "waiver", FormErrors.of(result), locale, model);
    }

    /**
     * The member's page with its four forms; the one that {@code failed} ("invoice", "payment", "scan", "waiver")
     * shows its errors.
     */
    private String memberPage(Long id, HarambeeUser treasurer, DuesForms.Invoice invoice, DuesForms.Payment payment,
            DuesForms.Waiver waiver, String failed, FormErrors errors, Locale locale, Model model) {
        DuesStatement statement = statements.of(member(id), treasurer.accountId());
        model.addAttribute("statement", statement);
        model.addAttribute("paymentsToScan", statement.payments().stream().map(shown -> new Option(
                String.valueOf(shown.id()), messages.getMessage("finance.scan.paymentOption", new Object[] {
                        DuesMail.day(shown.receivedOn(), locale), shown.amount().shown(locale),
                        messages.getMessage("finance.method." + shown.method().name(), null, locale),
                        shown.scanned() ? 1 : 0}, locale))).toList());
        model.addAttribute("invoice", invoice);
        model.addAttribute("payment", payment);
        model.addAttribute("waiver", waiver);
        model.addAttribute("invoiceErrors", "invoice".equals(failed) ? errors : FormErrors.none());
        model.addAttribute("paymentErrors", "payment".equals(failed) ? errors : FormErrors.none());
        model.addAttribute("waiverErrors", "waiver".equals(failed) ? errors : FormErrors.none());
        model.addAttribute("scanErrors", "scan".equals(failed) ? errors : FormErrors.none());
        if (!model.containsAttribute("scan")) {
            model.addAttribute("scan", new DuesForms.Scan());
        }
        model.addAttribute("methods", Arrays.stream(PaymentMethod.values()).map(method -> new Option(method.name(),
                messages.getMessage("finance.method." + method.name(), null, locale))).toList());
        model.addAttribute("currency", dues.currency().getCurrencyCode());
        return "finance/member";
    }

    private RollMember member(Long id) {
        return roll.member(id).orElseThrow(() -> new UnknownEntryException(id));
    }

    @GetMapping("/treasury/invoices/{id}")
    String invoice(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser treasurer, Model model) {
        return invoicePage(id, treasurer, new DuesForms.Credit(), FormErrors.none(), model);
    }

    @GetMapping("/treasury/invoices/{id}/pdf")
    ResponseEntity<byte[]> invoicePdf(@PathVariable Long id) {
        return dues.invoicePdf(id).orElseThrow(() -> new UnknownEntryException(id)).download();
    }

    @GetMapping("/treasury/payments/{id}/receipt")
    ResponseEntity<byte[]> receipt(@PathVariable Long id) {
        return dues.receiptPdf(id).orElseThrow(() -> new UnknownEntryException(id)).download();
    }

    @PostMapping("/treasury/invoices/{id}/credit")
    String credit(@PathVariable Long id, @ModelAttribute("credit") DuesForms.Credit form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser treasurer, Model model, RedirectAttributes redirect) {
        Money amount = TypedAmount.read(form.getAmount(), dues.currency(), "amount", result);
        if (form.getReason() == null || form.getReason().isBlank()) {
            result.rejectValue("reason", "finance.credit.reasonNeeded", new Object[] {DuesInvoice.MAX_NOTE}, null);
        }
        if (!result.hasErrors()) {
            try {
                Long note = dues.credit(id, amount, form.getReason(), treasurer.accountId());
                redirect.addFlashAttribute("notice", "finance.credit.issued");
                return "redirect:/treasury/invoices/" + note;
            } catch (Refusal refused) {
                refused.rejectInto(result);
            }
        }
        return invoicePage(id, treasurer, form, FormErrors.of(result), model);
    }

    private String invoicePage(Long id, HarambeeUser treasurer, DuesForms.Credit form, FormErrors errors,
            Model model) {
        Long memberId = statements.memberOfDocument(id).orElseThrow(() -> new UnknownEntryException(id));
        return InvoicePage.show(model, statements.of(member(memberId), treasurer.accountId()), id, form, errors, true);
    }

    @GetMapping("/treasury/payments")
    String payments(@AuthenticationPrincipal HarambeeUser treasurer, Model model) {
        model.addAttribute("pending", statements.pendingPayments(treasurer.accountId()));
        model.addAttribute("recent", statements.recentPayments(treasurer.accountId()));
        model.addAttribute("threshold", dues.settings().threshold(dues.currency()));
        return "finance/payments";
    }

    @PostMapping("/treasury/payments/{id}/approve")
    @OnRefusal("/treasury/payments")
    String approve(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser treasurer,
            RedirectAttributes redirect) {
        dues.approvePayment(id, treasurer.accountId());
        redirect.addFlashAttribute("notice", "finance.payment.approved");
        return "redirect:/treasury/payments";
    }

    @PostMapping("/treasury/payments/{id}/decline")
    @OnRefusal("/treasury/payments")
    String decline(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser treasurer,
            RedirectAttributes redirect) {
        dues.declinePayment(id, treasurer.accountId());
        redirect.addFlashAttribute("notice", "finance.payment.declined");
        return "redirect:/treasury/payments";
    }

    @GetMapping("/treasury/waivers")
    String waivers(Model model) {
        model.addAttribute("requested", statements.requestedWaivers());
        return "finance/waivers";
    }

    @PostMapping("/treasury/waivers/{id}/grant")
    @OnRefusal("/treasury/waivers")
    String grant(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser treasurer,
            RedirectAttributes redirect) {
        dues.grantWaiver(id, treasurer.accountId());
        redirect.addFlashAttribute("notice", "finance.waiver.granted");
        return "redirect:/treasury/waivers";
    }

    @PostMapping("/treasury/waivers/{id}/decline")
    @OnRefusal("/treasury/waivers")
    String declineWaiver(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser treasurer,
            RedirectAttributes redirect) {
        dues.declineWaiver(id, treasurer.accountId());
        redirect.addFlashAttribute("notice", "finance.waiver.declined");
        return "redirect:/treasury/waivers";
    }
}
