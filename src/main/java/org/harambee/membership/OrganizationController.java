package org.harambee.membership;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.RelatedPages;
import org.harambee.related.Subject;
import org.harambee.site.FormErrors;
import org.harambee.site.UniqueField;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of organizations, each organization's page and logo, and editing by its representatives and staff. */
@Controller
class OrganizationController {

    private final OrganizationPages pages;
    private final Taxonomy taxonomy;
    private final MessageSource messages;
    private final RelatedPages related;

    OrganizationController(OrganizationPages pages, Taxonomy taxonomy, MessageSource messages,
            RelatedPages related) {
        this.related = related;
        this.pages = pages;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    @GetMapping("/organizations")
    String list(@AuthenticationPrincipal HarambeeUser user,
            @RequestParam(name = "status", required = false) MembershipStatus status,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        Viewer viewer = new Viewer(user);
        model.addAttribute("organizations", pages.list(viewer, status, page));
        model.addAttribute("status", viewer.staff() ? status : null);
        return "membership/organizations";
    }

    @GetMapping("/organizations/{slug}")
    String show(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        OrganizationView organization = pages.view(slug, new Viewer(user));
        model.addAttribute("organization", organization);
        model.addAttribute("mentions", related.mentioning(Subject.ORGANIZATION, organization.id(), user, locale));
        model.addAttribute("mark", related.follow(Subject.ORGANIZATION, organization.id(), user));
        return "membership/organization";
    }

    @GetMapping("/organizations/{slug}/logo")
    ResponseEntity<byte[]> logo(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user) {
        return pages.logo(slug, new Viewer(user))
                .map(logo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(logo.contentType()))
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .body(logo.content()))
                .orElseThrow(() -> new UnknownRecordException("logo of " + slug));
    }

    @GetMapping("/organizations/{slug}/edit")
    @PreAuthorize("isAuthenticated()")
    String editForm(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user, Model model,
            Locale locale) {
        Viewer viewer = new Viewer(user);
        return editPage(slug, viewer, pages.editForm(slug, viewer).withNewPersonRow(), null, null, model, locale);
    }

    @PostMapping("/organizations/{slug}/edit")
    @PreAuthorize("isAuthenticated()")
    String edit(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user,
            @ModelAttribute("form") OrganizationForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect) {
        Viewer viewer = new Viewer(user);
        if (UniqueField.save(() -> pages.update(slug, viewer, form.getVersion(), form.toProfile(), form.toEdits(),
                result), result, "name", "membership.name.taken").orElse(false)) {
            redirect.addFlashAttribute("notice", "membership.edit.saved");
            return "redirect:/organizations/" + slug;
        }
        return editPage(slug, viewer, form, result, null, model, locale);
    }

    @PostMapping("/organizations/{slug}/logo")
    @PreAuthorize("isAuthenticated()")
    String changeLogo(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user,
            @RequestParam(name = "logo", required = false) MultipartFile logo, Model model, Locale locale,
            RedirectAttributes redirect) throws IOException {
        Viewer viewer = new Viewer(user);
        String refusal;
        if (logo == null || logo.isEmpty()) {
            refusal = "membership.logo.empty";
        } else if (logo.getSize() > Logos.MAX_BYTES) {
            refusal = "membership.logo.tooLarge";
        } else {
            try {
                pages.changeLogo(slug, viewer, logo.getBytes());
                redirect.addFlashAttribute("notice", "membership.logo.saved");
                return "redirect:/organizations/" + slug + "/edit";
            } catch (Logos.RefusedLogoException refused) {
                refusal = refused.key();
            }
        }
        return editPage(slug, viewer, pages.editForm(slug, viewer).withNewPersonRow(), null, refusal, model, locale);
    }

    @PostMapping("/organizations/{slug}/logo/remove")
    @PreAuthorize("isAuthenticated()")
    String removeLogo(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user,
            RedirectAttributes redirect) {
        pages.removeLogo(slug, new Viewer(user));
        redirect.addFlashAttribute("notice", "membership.logo.removed");
        return "redirect:/organizations/" + slug + "/edit";
    }

    @PostMapping("/organizations/{slug}/withdraw")
    @PreAuthorize("isAuthenticated()")
    String withdraw(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user,
            @RequestParam(name = "confirm", defaultValue = "false") boolean confirm,
            @RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
        if (!pages.withdraw(slug, new Viewer(user), confirm, reason)) {
            redirect.addFlashAttribute("notice", "membership.withdraw.unconfirmed");
            return "redirect:/organizations/" + slug + "/edit";
        }
        redirect.addFlashAttribute("notice", "membership.withdraw.done");
        return "redirect:/organizations/" + slug;
    }

    private String editPage(String slug, Viewer viewer, OrganizationForm form, BindingResult result,
            String logoRefusal, Model model, Locale locale) {
        model.addAttribute("slug", slug);
        OrganizationPages.Editing editing = pages.editing(slug, viewer);
        model.addAttribute("organizationName", editing.name());
        model.addAttribute("hasLogo", editing.hasLogo());
        model.addAttribute("form", form);
        model.addAttribute("errors", result == null ? FormErrors.none() : FormErrors.of(result));
        model.addAttribute("logoRefusal", logoRefusal);
        model.addAttribute("choices", Choices.of(taxonomy, messages, locale, new HashSet<>(form.getIssueAreas())));
        return "membership/edit";
    }
}
