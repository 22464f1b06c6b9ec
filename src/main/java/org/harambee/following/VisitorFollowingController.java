package org.harambee.following;

import jakarta.validation.Valid;
import java.util.Locale;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.FormErrors;
import org.harambee.site.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
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
 * Visitors follow by e-mail: they give an address, and the link mailed to it (the same answer whatever the address)
 * opens their choices; saving them confirms the address. The link also stops everything.
 */
@Controller
class VisitorFollowingController {

    private final FollowingDesk desk;
    private final FollowingPages pages;

    VisitorFollowingController(FollowingDesk desk, FollowingPages pages) {
        this.desk = desk;
        this.pages = pages;
    }

    @GetMapping("/following/visitors")
    String start(@AuthenticationPrincipal HarambeeUser user, Model model) {
        if (user != null) {
            return "redirect:/following";
        }
        return visitorsPage(new VisitorFollowingForm(), FormErrors.none(), model);
    }

    @PostMapping("/following/visitors")
    String subscribe(@Valid @ModelAttribute("form") VisitorFollowingForm form, BindingResult result, Locale locale,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return visitorsPage(form, FormErrors.of(result), model);
        }
        try {
            desk.subscribe(form.getEmail(), locale);
        } catch (DataIntegrityViolationException sentAtOnceForTheSameAddress) {
            // the other request of the two registered the address and mailed its link: the same answer
        }
        redirect.addFlashAttribute("notice", "following.visitor.checkMail");
        return "redirect:/following/visitors";
    }

    @GetMapping("/following/visitor/{link}")
    String choices(@PathVariable String link, Locale locale, Model model) {
        Follower follower = desk.visitor(link);
        return pages.visitorForm(link, FollowingForm.of(follower), FormErrors.none(), follower, locale, model);
    }

    @PostMapping("/following/visitor/{link}")
    String choose(@PathVariable String link, @Valid @ModelAttribute("form") FollowingForm form, BindingResult result,
            Locale locale, Model model, RedirectAttributes redirect) {
        Follower follower = desk.visitor(link);
        if (!result.hasErrors()) {
            try {
                desk.chooseAsVisitor(link, form, locale);
                redirect.addFlashAttribute("notice", "following.saved");
                return "redirect:/following/visitor/" + link;
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return pages.visitorForm(link, form, FormErrors.of(result), follower, locale, model);
    }

    @PostMapping("/following/visitor/{link}/stop")
    String stop(@PathVariable String link, RedirectAttributes redirect) {
        desk.forgetVisitor(link);
        redirect.addFlashAttribute("notice", "following.visitor.forgotten");
        return "redirect:/following/visitors";
    }

    private String visitorsPage(VisitorFollowingForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "following/visitors";
    }
}
