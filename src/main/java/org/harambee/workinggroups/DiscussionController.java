package org.harambee.workinggroups;

import jakarta.validation.Valid;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.FormErrors;
import org.harambee.site.OnRefusal;
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

/** A group's threads: starting one, reading and replying, editing one's posts, and conveners' moderation. */
@Controller
class DiscussionController {

    private final WorkingGroups groups;
    private final GroupDiscussions discussions;

    DiscussionController(WorkingGroups groups, GroupDiscussions discussions) {
        this.groups = groups;
        this.discussions = discussions;
    }

    @GetMapping("/groups/{slug}/discussions/new")
    String startForm(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user, Model model) {
        return startPage(GroupSummary.of(groups.joinedBy(slug, groups.viewerOf(user))), new PostForm(),
                FormErrors.none(), model);
    }

    @PostMapping("/groups/{slug}/discussions")
    String start(@PathVariable String slug, @Valid @ModelAttribute("form") PostForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Model model) {
        GroupSummary group = GroupSummary.of(groups.joinedBy(slug, groups.viewerOf(user)));
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            result.rejectValue("title", "NotBlank");
        }
        if (result.hasErrors()) {
            return startPage(group, form, FormErrors.of(result), model);
        }
        ThreadListing discussion = discussions.start(slug, form.getTitle(), form.getBody(), form.isReadableOutside(), user);
        return "redirect:/groups/" + slug + "/discussions/" + discussion.id();
    }

    @GetMapping("/groups/{slug}/discussions/{id}")
    String read(@PathVariable String slug, @PathVariable Long id, @AuthenticationPrincipal HarambeeUser user,
            Model model) {
        return readingPage(discussions.read(slug, id, user), new PostForm(), FormErrors.none(), model);
    }

    @PostMapping("/groups/{slug}/discussions/{id}/posts")
    @OnRefusal("/groups/{slug}/discussions/{id}")
    String reply(@PathVariable String slug, @PathVariable Long id, @Valid @ModelAttribute("form") PostForm form,
            BindingResult result, @AuthenticationPrincipal HarambeeUser user, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return readingPage(discussions.read(slug, id, user), form, FormErrors.of(result), model);
        }
        Post post = discussions.reply(slug, id, form.getBody(), user);
        return "redirect:/groups/" + slug + "/discussions/" + id + "#post-" + post.id();
    }

    @PostMapping("/groups/{slug}/discussions/{id}/moderate")
    String moderate(@PathVariable String slug, @PathVariable Long id,
            @RequestParam(name = "pinned", required = false) Boolean pinned,
            @RequestParam(name = "locked", required = false) Boolean locked,
            @AuthenticationPrincipal HarambeeUser user, RedirectAttributes redirect) {
        discussions.moderate(slug, id, pinned, locked, user);
        redirect.addFlashAttribute("notice", "groups.discussion.moderated");
        return "redirect:/groups/" + slug + "/discussions/" + id;
    }

    @GetMapping("/groups/{slug}/posts/{postId}/edit")
    String editForm(@PathVariable String slug, @PathVariable Long postId, @AuthenticationPrincipal HarambeeUser user,
            Model model) {
        PostView post = discussions.ownPost(slug, postId, user);
        PostForm form = new PostForm();
        form.setBody(post.body());
        return editPage(slug, post, form, FormErrors.none(), model);
    }

    @PostMapping("/groups/{slug}/posts/{postId}/edit")
    String edit(@PathVariable String slug, @PathVariable Long postId, @Valid @ModelAttribute("form") PostForm form,
            BindingResult result, @AuthenticationPrincipal HarambeeUser user, Model model,
            RedirectAttributes redirect) {
        PostView post = discussions.ownPost(slug, postId, user);
        if (result.hasErrors()) {
            return editPage(slug, post, form, FormErrors.of(result), model);
        }
        try {
            discussions.edit(slug, postId, form.getBody(), user);
            redirect.addFlashAttribute("notice", "groups.post.edited");
        } catch (GroupTransitionException refused) {
            redirect.addFlashAttribute("notice", refused.key());
        }
        return "redirect:/groups/" + slug + "/discussions/" + post.discussionId() + "#post-" + postId;
    }

    @PostMapping("/groups/{slug}/posts/{postId}/hide")
    @OnRefusal("/groups/{slug}")
    String hide(@PathVariable String slug, @PathVariable Long postId,
            @RequestParam(name = "reason", required = false) String reason,
            @AuthenticationPrincipal HarambeeUser user, RedirectAttributes redirect) {
        String why = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
        PostView post = discussions.hide(slug, postId, why, user);
        redirect.addFlashAttribute("notice", "groups.post.hidden");
        return "redirect:/groups/" + slug + "/discussions/" + post.discussionId() + "#post-" + postId;
    }

    private String startPage(GroupSummary group, PostForm form, FormErrors errors, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "workinggroups/start";
    }

    private String readingPage(GroupDiscussions.Reading reading, PostForm form, FormErrors errors, Model model) {
        model.addAttribute("reading", reading);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "workinggroups/discussion";
    }

    private String editPage(String slug, PostView post, PostForm form, FormErrors errors, Model model) {
        model.addAttribute("slug", slug);
        model.addAttribute("post", post);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "workinggroups/edit-post";
    }
}
