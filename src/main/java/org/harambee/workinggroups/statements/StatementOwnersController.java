package org.harambee.workinggroups.statements;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.FormErrors;
import org.harambee.site.Option;
import org.harambee.site.OnRefusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What owners do with statements: draft and edit them, open them for signatures, close them, record delivery. */
@Controller
class StatementOwnersController {

    private final Statements statements;
    private final StatementPages pages;

    StatementOwnersController(Statements statements, StatementPages pages) {
        this.statements = statements;
        this.pages = pages;
    }

    @GetMapping("/statements/drafts")
    String drafts(@AuthenticationPrincipal HarambeeUser user, Model model) {
        if (!statements.mayDraft(user)) {
            throw new AccessDeniedException("Only conveners and staff draft statements");
        }
        model.addAttribute("drafts", statements.drafts(user));
        return "statements/drafts";
    }

    @GetMapping("/statements/new")
    String newForm(@AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        return newPage(new DraftForm(), FormErrors.none(), user, locale, model);
    }

    @PostMapping("/statements/new")
    String create(@Valid @ModelAttribute("draftForm") DraftForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model, RedirectAttributes redirect) {
        List<Option> owners = pages.owners(user, locale);
        if (owners.stream().noneMatch(owner -> owner.value().equals(form.getOwner()))) {
            result.rejectValue("owner", "statements.owner.choose");
        }
        if (result.hasErrors()) {
            return newPage(form, FormErrors.of(result), user, locale, model);
        }
        Long groupId = DraftForm.STAFF.equals(form.getOwner()) ? null : Long.valueOf(form.getOwner());
        Long drafted = statements.draft(groupId, form.draft(), user);
        redirect.addFlashAttribute("notice", "statements.drafted");
        return "redirect:/statements/" + drafted;
    }

    @GetMapping("/statements/{id}/edit")
    String editForm(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model,
            RedirectAttributes redirect) {
        SignOnStatement statement = statements.managed(id, user);
        if (!statement.editable()) {
            redirect.addFlashAttribute("notice", "statements.refused.notDraft");
            return "redirect:/statements/" + statement.id();
        }
        StatementText text = StatementText.of(statement);
        return editPage(text, DraftForm.of(text), FormErrors.none(), locale, model);
    }

    @OnRefusal("/statements/{id}")
    @PostMapping("/statements/{id}/edit")
    String save(@PathVariable Long id, @Valid @ModelAttribute("draftForm") DraftForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model, RedirectAttributes redirect) {
        SignOnStatement statement = statements.managed(id, user);
        if (result.hasErrors()) {
            return editPage(StatementText.of(statement), form, FormErrors.of(result), locale, model);
        }
        statements.edit(statement.id(), form.draft(), user);
        redirect.addFlashAttribute("notice", "statements.saved");
        return "redirect:/statements/" + statement.id();
    }

    @PostMapping("/statements/{id}/open")
    String open(@PathVariable Long id, @Valid @ModelAttribute("opening") OpeningForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                statements.open(id, form.getDeadline(), user);
                redirect.addFlashAttribute("notice", "statements.opened");
                return "redirect:/statements/" + id;
            } catch (StatementTransitionException refused) {
                result.rejectValue("deadline", refused.key());
            }
        }
        return pages.statementPage(pages.view(id, StatementPages.BY_STATE, user, locale), form,
                FormErrors.of(result), new DeliveryForm(), FormErrors.none(), locale, model);
    }

    @OnRefusal("/statements/{id}")
    @PostMapping("/statements/{id}/close")
    String close(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser user, RedirectAttributes redirect) {
        statements.close(id, user);
        redirect.addFlashAttribute("notice", "statements.closed");
        return "redirect:/statements/" + id;
    }

    @PostMapping("/statements/{id}/delivery")
    String deliver(@PathVariable Long id, @Valid @ModelAttribute("delivery") DeliveryForm form,
            BindingResult result, @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                statements.deliver(id, form.delivery(), user);
                redirect.addFlashAttribute("notice", "statements.delivered");
                return "redirect:/statements/" + id;
            } catch (StatementTransitionException refused) {
                result.rejectValue("deliveredOn", refused.key());
            }
        }
        return pages.statementPage(pages.view(id, StatementPages.BY_STATE, user, locale), new OpeningForm(),
                FormErrors.none(), form, FormErrors.of(result), locale, model);
    }

    private String newPage(DraftForm form, FormErrors errors, HarambeeUser user, Locale locale, Model model) {
        List<Option> owners = pages.owners(user, locale);
        if (owners.isEmpty()) {
            throw new AccessDeniedException("Only conveners and staff draft statements");
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("owners", owners);
        model.addAttribute("visibilities", pages.visibilities(locale));
        return "statements/new";
    }

    private String editPage(StatementText statement, DraftForm form, FormErrors errors, Locale locale,
            Model model) {
        model.addAttribute("statement", statement);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("visibilities", pages.visibilities(locale));
        return "statements/edit";
    }
}
