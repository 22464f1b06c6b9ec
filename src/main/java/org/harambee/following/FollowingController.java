package org.harambee.following;

import jakarta.validation.Valid;
import java.util.Locale;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.RelatedPages;
import org.harambee.related.Subject;
import org.harambee.site.FormErrors;
import org.harambee.site.Refusal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's following: what they follow and how often they hear of it, Follow and Save buttons, their saved list. */
@Controller
class FollowingController {

    private final FollowingDesk desk;
    private final FollowingPages pages;
    private final RelatedPages related;

    FollowingController(FollowingDesk desk, FollowingPages pages, RelatedPages related) {
        this.desk = desk;
        this.pages = pages;
        this.related = related;
    }

    @GetMapping("/following")
    String show(@AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        Follower follower = desk.of(user, locale);
        return pages.form(FollowingForm.of(follower), FormErrors.none(), user, follower, locale, model);
    }

    @PostMapping("/following")
    String choose(@Valid @ModelAttribute("form") FollowingForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                desk.choose(user, form, locale);
                redirect.addFlashAttribute("notice", "following.saved");
                return "redirect:/following";
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return pages.form(form, FormErrors.of(result), user, desk.of(user, locale), locale, model);
    }

    /** Follow, or stop following, an organization or a working group from its page. */
    @PostMapping("/following/{subject}/{id}")
    String follow(@PathVariable String subject, @PathVariable Long id, @AuthenticationPrincipal HarambeeUser user,
            Locale locale, RedirectAttributes redirect) {
        Subject followed = FollowingPages.subject(subject);
        boolean following = desk.toggleFollow(user, followed, id, locale);
        redirect.addFlashAttribute("notice", following ? "following.followed" : "following.unfollowed");
        return "redirect:" + related.page(followed, id, user, locale).orElseThrow(UnknownPageException::new)
                .address();
    }

    @GetMapping("/saved")
    String saved(@AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        model.addAttribute("saved", desk.savedBy(user, locale));
        return "following/saved";
    }

    /** Save a page to one's list, or take it off. */
    @PostMapping("/saved/{subject}/{id}")
    String save(@PathVariable String subject, @PathVariable Long id, @AuthenticationPrincipal HarambeeUser user,
            Locale locale, RedirectAttributes redirect) {
        Subject kept = FollowingPages.subject(subject);
        boolean saved = desk.toggleSave(user, kept, id, locale);
        redirect.addFlashAttribute("notice", saved ? "following.savedItem" : "following.unsaved");
        return "redirect:" + related.page(kept, id, user, locale).orElseThrow(UnknownPageException::new).address();
    }
}
