package org.harambee.finance;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.BudgetBand;
import org.harambee.membership.MemberKind;
import org.harambee.membership.MemberRoll;
import org.harambee.membership.RollMember;
import org.harambee.site.FormErrors;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's own dues, for the people who answer for it (its representatives, or the individual member): invoices,
 * credit notes, payments, balance and standing; asking for a waiver; attesting the organization's budget band.
 * Nobody else's: a member id or invoice id of another member answers 404, as one that does not exist.
 */
@Controller
class MemberDuesController {

    private final Dues dues;
    private final DuesStatements statements;
    private final MemberRoll roll;
    private final MessageSource messages;

    MemberDuesController(Dues dues, DuesStatements statements, MemberRoll roll, MessageSource messages) {
        this.dues = dues;
        this.statements = statements;
        this.roll = roll;
        this.messages = messages;
    }

    /** The members this person answers for: straight to its page when there is one, a list otherwise. */
    @GetMapping("/dues")
    String mine(@AuthenticationPrincipal HarambeeUser user, Model model) {
        List<RollMember> members = roll.answeredForBy(user);
        if (members.size() == 1) {
            return "redirect:/dues/" + members.get(0).id();
        }
        model.addAttribute("members", members);
        return "finance/my-members";
    }

    @GetMapping("/dues/{memberId}")
    String member(@PathVariable Long memberId, @AuthenticationPrincipal HarambeeUser user, Locale locale,
            Model model) {
        return page(user, answeredFor(user, memberId), null, null, FormErrors.none(), locale, model);
    }

    @GetMapping("/dues/invoices/{id}")
    String invoice(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser user, Model model) {
        Long memberId = statements.memberOfDocument(id).orElseThrow(() -> new UnknownEntryException(id));
        RollMember member = answeredFor(user, memberId);
        return InvoicePage.show(model, statements.of(member, user.accountId()), id, new DuesForms.Credit(),
                FormErrors.none(), false);
    }

    @GetMapping("/dues/invoices/{id}/pdf")
    ResponseEntity<byte[]> invoicePdf(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser user) {
        answeredFor(user, statements.memberOfDocument(id).orElseThrow(() -> new UnknownEntryException(id)));
        return dues.invoicePdf(id).orElseThrow(() -> new UnknownEntryException(id)).download();
    }

    @GetMapping("/dues/payments/{id}/receipt")
    ResponseEntity<byte[]> receipt(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser user) {
        answeredFor(user, statements.memberOfPayment(id).orElseThrow(() -> new UnknownEntryException(id)));
        return dues.receiptPdf(id).orElseThrow(() -> new UnknownEntryException(id)).download();
    }

    @PostMapping("/dues/{memberId}/waiver")
    String requestWaiver(@PathVariable Long memberId, @ModelAttribute("waiver") DuesForms.Waiver form,
            BindingResult result, @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model,
            RedirectAttributes redirect) {
        RollMember member = answeredFor(user, memberId);
        if (!result.hasErrors()) {
            try {
                dues.requestWaiver(member.id(), form.getFromYear(), form.getToYear(), form.getReason(),
                        user.accountId());
                redirect.addFlashAttribute("notice", "finance.waiver.requested");
                return "redirect:/dues/" + memberId;
            } catch (Refusal refused) {
                refused.rejectInto(result);
            }
        }
        return page(user, member, form, null, FormErrors.of(result), locale, model);
    }

    @PostMapping("/dues/{memberId}/attestation")
    String attest(@PathVariable Long memberId, @ModelAttribute("attestation") DuesForms.Attestation form,
            BindingResult result, @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model,
            RedirectAttributes redirect) {
        RollMember member = answeredFor(user, memberId);
        if (member.kind() != MemberKind.ORGANIZATION) {
            throw new UnknownEntryException(memberId);
        }
        if (!result.hasErrors()) {
            try {
                dues.attest(member.id(), form.getYear(), form.getBudget(), user.accountId());
                redirect.addFlashAttribute("notice", "finance.attestation.recorded");
                return "redirect:/dues/" + memberId;
            } catch (Refusal refused) {
                refused.rejectInto(result);
            }
        }
        return page(user, member, null, form, FormErrors.of(result), locale, model);
    }

    /** The member's page; a form sent back with its errors replaces the fresh one. */
    private String page(HarambeeUser user, RollMember member, DuesForms.Waiver waiver,
            DuesForms.Attestation attestation, FormErrors errors, Locale locale, Model model) {
        int year = dues.settings().yearOf(dues.today()).year();
        Optional<BudgetBand> attested = dues.attested(member.id(), year + 1);
        model.addAttribute("statement", statements.of(member, user.accountId()));
        model.addAttribute("waiver", waiver != null ? waiver : DuesForms.Waiver.of(year));
        model.addAttribute("attestation", attestation != null ? attestation
                : DuesForms.Attestation.of(year + 1, attested.orElse(member.budget())));
        model.addAttribute("waiverErrors", waiver != null ? errors : FormErrors.none());
        model.addAttribute("attestationErrors", attestation != null ? errors : FormErrors.none());
        model.addAttribute("attested", attested.isPresent());
        model.addAttribute("bands", Arrays.stream(BudgetBand.values()).map(band -> new Option(band.name(),
                messages.getMessage("membership.budget." + band.name(), null, locale))).toList());
        model.addAttribute("attestYears", List.of(year, year + 1).stream()
                .map(each -> new Option(String.valueOf(each), String.valueOf(each))).toList());
        return "finance/my-dues";
    }

    /** The member, when this person answers for it; 404 otherwise (as for a member that does not exist). */
    private RollMember answeredFor(HarambeeUser user, Long memberId) {
        return roll.answeredForBy(user).stream().filter(member -> member.id().equals(memberId)).findFirst()
                .orElseThrow(() -> new UnknownEntryException(memberId));
    }
}
