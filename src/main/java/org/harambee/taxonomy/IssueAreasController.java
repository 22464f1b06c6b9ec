package org.harambee.taxonomy;

import jakarta.validation.Valid;
import org.harambee.site.UniqueField;
import org.harambee.site.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff curate the issue areas: add, rename, retire (kept on old records) and restore. */
@Controller
@RequestMapping("/staff/issue-areas")
class IssueAreasController {

    private final Taxonomy taxonomy;

    IssueAreasController(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping
    String list(Model model) {
        return show(model, null, FormErrors.none(), null);
    }

    @PostMapping
    String add(@Valid IssueAreaForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        rejectTakenName(form, result, null);
        if (!result.hasErrors() && UniqueField.save(() -> taxonomy.addIssueArea(form.nameEn(), form.nameEs()), result,
                "nameEn", "issueAreas.duplicate").isPresent()) {
            redirect.addFlashAttribute("notice", "issueAreas.added");
            return "redirect:/staff/issue-areas";
        }
        return show(model, form, FormErrors.of(result), null);
    }

    @PostMapping("/{slug}")
    String rename(@PathVariable String slug, @Valid IssueAreaForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        taxonomy.issueArea(slug).orElseThrow(() -> new UnknownIssueAreaException(slug));
        rejectTakenName(form, result, slug);
        if (!result.hasErrors() && UniqueField.save(() -> taxonomy.renameIssueArea(slug, form.version(), form.nameEn(),
                form.nameEs()), result, "nameEn", "issueAreas.duplicate")) {
            redirect.addFlashAttribute("notice", "issueAreas.renamed");
            return "redirect:/staff/issue-areas";
        }
        return show(model, form, FormErrors.of(result), slug);
    }

    @PostMapping("/{slug}/retire")
    String retire(@PathVariable String slug, RedirectAttributes redirect) {
        taxonomy.retireIssueArea(slug);
        redirect.addFlashAttribute("notice", "issueAreas.retired");
        return "redirect:/staff/issue-areas";
    }

    @PostMapping("/{slug}/restore")
    String restore(@PathVariable String slug, RedirectAttributes redirect) {
        taxonomy.restoreIssueArea(slug);
        redirect.addFlashAttribute("notice", "issueAreas.restored");
        return "redirect:/staff/issue-areas";
    }

    private void rejectTakenName(IssueAreaForm form, BindingResult result, String slug) {
        if (!result.hasFieldErrors("nameEn") && taxonomy.isIssueAreaNameTaken(form.nameEn(), slug)) {
            result.rejectValue("nameEn", "issueAreas.duplicate");
        }
    }

    private String show(Model model, IssueAreaForm form, FormErrors errors, String editing) {
        model.addAttribute("areas", taxonomy.allIssueAreas());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("editing", editing);
        return "taxonomy/issue-areas";
    }
}
