package org.harambee.workinggroups.statements;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.RelatedPages;
import org.harambee.related.Subject;
import org.harambee.site.FormErrors;
import org.harambee.site.Identifiers;
import org.harambee.site.OnRefusal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Statements as people read and sign them: the list, a statement's page and count, its printable page and export. */
@Controller
class StatementController {

    private final Statements statements;
    private final StatementPages pages;
    private final SignatoriesCsv export;
    private final RelatedPages related;

    StatementController(Statements statements, StatementPages pages, SignatoriesCsv export,
            RelatedPages related) {
        this.related = related;
        this.statements = statements;
        this.pages = pages;
        this.export = export;
    }

    @GetMapping("/statements")
    String list(@AuthenticationPrincipal HarambeeUser user, Model model) {
        model.addAttribute("statements", statements.published(user));
        model.addAttribute("mayDraft", statements.mayDraft(user));
        model.addAttribute("zone", statements.zone());
        return "statements/list";
    }

    @GetMapping("/statements/{id}")
    String show(@PathVariable Long id, @RequestParam(name = "order", defaultValue = StatementPages.BY_STATE) String order,
            @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        StatementView view = pages.view(id, order, user, locale);
        model.addAttribute("mentions", related.mentioning(Subject.STATEMENT, id, user, locale));
        model.addAttribute("mark", related.save(Subject.STATEMENT, id, user));
        return pages.statementPage(view, OpeningForm.suggested(statements.today()),
                FormErrors.none(), DeliveryForm.today(statements.today()), FormErrors.none(), locale, model);
    }

    /** The number of signatures alone, which the statement's page polls while it is open. */
    @GetMapping("/statements/{id}/count")
    String count(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser user, Model model) {
        model.addAttribute("count", statements.count(id, user));
        return "statements/count";
    }

    @GetMapping("/statements/{id}/print")
    String print(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        model.addAttribute("view", pages.closedView(id, user, locale));
        return "statements/print";
    }

    @GetMapping("/statements/{id}/signatories.csv")
    ResponseEntity<String> signatories(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser user) {
        String csv = export.csv(id, user);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(SignatoriesCsv.fileName(id), StandardCharsets.UTF_8).build().toString())
                .body(csv);
    }

    /** Signs for the organization chosen (one the person represents) or, without one, as the person themselves. */
    @OnRefusal("/statements/{id}#notice")
    @PostMapping("/statements/{id}/sign")
    String sign(@PathVariable Long id, @RequestParam(name = "organization", required = false) String organization,
            @RequestParam(name = "named", required = false) String named,
            @AuthenticationPrincipal HarambeeUser user, RedirectAttributes redirect) {
        Signing signing = statements.sign(id, organizationOf(organization), "true".equals(named), user);
        redirect.addFlashAttribute("notice", signing == Signing.SIGNED ? "statements.signed"
                : "statements.alreadySigned");
        return "redirect:/statements/" + id + "#notice";
    }

    @OnRefusal("/statements/{id}#notice")
    @PostMapping("/statements/{id}/withdraw")
    String withdraw(@PathVariable Long id,
            @RequestParam(name = "organization", required = false) String organization,
            @RequestParam(name = "confirm", required = false) String confirm,
            @AuthenticationPrincipal HarambeeUser user, RedirectAttributes redirect) {
        statements.withdraw(id, organizationOf(organization), "yes".equals(confirm), user);
        redirect.addFlashAttribute("notice", "statements.withdrawn");
        return "redirect:/statements/" + id + "#notice";
    }

    /** The organization signing, or null when a person signs for themselves. */
    private static Long organizationOf(String organization) {
        return organization == null || organization.isBlank() ? null
                : Identifiers.of(organization).orElseThrow(UnknownStatementException::new);
    }

}
