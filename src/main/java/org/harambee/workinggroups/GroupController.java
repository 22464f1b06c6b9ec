package org.harambee.workinggroups;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.RelatedPages;
import org.harambee.related.Subject;
import org.harambee.site.FormErrors;
import org.harambee.site.Installation;
import org.harambee.site.OnRefusal;
import org.harambee.site.Option;
import org.harambee.site.UniqueField;
import org.springframework.beans.factory.ObjectProvider;
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

/** The list of groups, each group's page, creating and describing groups, and who takes part. */
@Controller
class GroupController {

    /** How many shared documents the group's page lists. */
    static final int SHELF = 10;

    private final WorkingGroups groups;
    private final GroupDiscussions discussions;
    private final GroupWork work;
    private final GroupNotifications notifications;
    private final GroupPages pages;
    private final ZoneId zone;
    private final ObjectProvider<SharedDocuments> documents;
    private final RelatedPages related;

    GroupController(WorkingGroups groups, GroupDiscussions discussions, GroupWork work,
            GroupNotifications notifications, GroupPages pages, Installation installation,
            ObjectProvider<SharedDocuments> documents, RelatedPages related) {
        this.related = related;
        this.documents = documents;
        this.groups = groups;
        this.discussions = discussions;
        this.work = work;
        this.notifications = notifications;
        this.pages = pages;
        this.zone = installation.timeZone();
    }

    @GetMapping("/groups")
    String list(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "kind", required = false) GroupKind kind,
            @RequestParam(name = "issue", required = false) Long issueArea,
            @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        String q = text == null ? "" : text.strip();
        model.addAttribute("q", q.length() > 200 ? q.substring(0, 200) : q);
        model.addAttribute("kind", kind);
        model.addAttribute("issue", issueArea);
        Viewer viewer = groups.viewerOf(user);
        model.addAttribute("groups", groups.search(q, kind, issueArea, viewer).stream().map(GroupCard::of).toList());
        model.addAttribute("mine", groups.mine(viewer).stream().map(GroupCard::of).toList());
        model.addAttribute("kinds", pages.kinds(locale));
        model.addAttribute("issueAreas", pages.issueAreas(locale));
        model.addAttribute("mayCreate", user != null && !user.roles().isEmpty());
        return "workinggroups/groups";
    }

    @GetMapping("/groups/new")
    String createForm(Locale locale, Model model) {
        return formPage(new GroupForm(), FormErrors.none(), null, locale, model);
    }

    @PostMapping("/groups")
    String create(@Valid @ModelAttribute("form") GroupForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model, RedirectAttributes redirect) {
        Optional<GroupSummary> group = result.hasErrors() ? Optional.empty() : UniqueField.save(
                () -> groups.create(form.draft(pages::knownIssueArea), user), result, "name", "groups.name.taken");
        if (group.isEmpty()) {
            return formPage(form, FormErrors.of(result), null, locale, model);
        }
        redirect.addFlashAttribute("notice", "groups.created");
        return "redirect:/groups/" + group.get().slug();
    }

    @GetMapping("/groups/{slug}")
    String show(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        Viewer viewer = groups.viewerOf(user);
        List<Option> represented = viewer.member() ? groups.representedOptions(user) : List.of();
        GroupSight sight = groups.sight(slug, viewer, represented.stream().map(option -> Long.valueOf(option.value()))
                .toList());
        GroupView group = sight.group();
        boolean participant = sight.participant();
        model.addAttribute("group", group);
        model.addAttribute("participant", participant);
        model.addAttribute("convener", sight.convener());
        model.addAttribute("own", sight.own());
        model.addAttribute("mayJoinAsSelf", sight.mayJoinAsSelf());
        model.addAttribute("organizationsToJoin", represented.stream()
                .filter(option -> sight.joinableOrganizations().contains(Long.valueOf(option.value()))).toList());
        SharedDocuments shelf = documents.getIfAvailable();
        model.addAttribute("documents", participant && shelf != null
                ? shelf.sharedWith(new GroupId(group.id()), user, SHELF) : List.of());
        model.addAttribute("shareAddress", participant && shelf != null ? shelf.shareAddress(user) : null);
        model.addAttribute("threads", discussions.threads(group.id(), participant));
        LocalDate today = LocalDate.now(zone);
        model.addAttribute("tasks", work.tasks(group.id(), participant, today));
        model.addAttribute("meetings", work.meetings(group.id(), participant));
        model.addAttribute("issueAreas", pages.issueAreaNames(group, locale));
        model.addAttribute("rights", pages.rightNames(group, locale));
        model.addAttribute("choice", participant ? notifications.choiceOf(group.id(), user.accountId()) : null);
        model.addAttribute("choices", pages.choices(locale));
        model.addAttribute("statuses", pages.statuses(locale));
        model.addAttribute("zone", zone.getId());
        model.addAttribute("mentions", related.mentioning(Subject.GROUP, group.id(), user, locale));
        model.addAttribute("mark", related.follow(Subject.GROUP, group.id(), user));
        return "workinggroups/group";
    }

    @GetMapping("/groups/{slug}/edit")
    String editForm(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        GroupView group = groups.convenedView(slug, groups.viewerOf(user));
        return formPage(GroupForm.of(group), FormErrors.none(), group, locale, model);
    }

    @PostMapping("/groups/{slug}/edit")
    String edit(@PathVariable String slug, @Valid @ModelAttribute("form") GroupForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model, RedirectAttributes redirect) {
        GroupView group = groups.convenedView(slug, groups.viewerOf(user));
        if (result.hasErrors() || !UniqueField.save(() -> groups.describe(slug, form.draft(pages::knownIssueArea),
                user), result, "name", "groups.name.taken")) {
            return formPage(form, FormErrors.of(result), group, locale, model);
        }
        redirect.addFlashAttribute("notice", "groups.saved");
        return "redirect:/groups/" + slug;
    }

    @PostMapping("/groups/{slug}/join")
    @OnRefusal("/groups/{slug}")
    String join(@PathVariable String slug, @RequestParam(name = "organization", required = false) Long organization,
            @AuthenticationPrincipal HarambeeUser user, RedirectAttributes redirect) {
        GroupParticipant entry = groups.join(slug, organization, user);
        redirect.addFlashAttribute("notice", entry.active() ? "groups.joined" : "groups.requested");
        return "redirect:/groups/" + slug;
    }

    @PostMapping("/groups/{slug}/participants/{participant}/{action:leave|approve|remove|convener|stand-down}")
    @OnRefusal("/groups/{slug}")
    String participant(@PathVariable String slug, @PathVariable Long participant, @PathVariable String action,
            @AuthenticationPrincipal HarambeeUser user, RedirectAttributes redirect) {
        switch (action) {
            case "leave" -> groups.leave(slug, participant, user);
            case "approve" -> groups.approve(slug, participant, user);
            case "remove" -> groups.remove(slug, participant, user);
            case "convener" -> groups.appoint(slug, participant, user);
            default -> groups.standDown(slug, participant, user);
        }
        redirect.addFlashAttribute("notice", "groups.participant." + action);
        return "redirect:/groups/" + slug;
    }

    @PostMapping("/groups/{slug}/invite")
    @OnRefusal("/groups/{slug}")
    String invite(@PathVariable String slug, @RequestParam(name = "whom", required = false) String whom,
            @AuthenticationPrincipal HarambeeUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", groups.invite(slug, whom, user) ? "groups.invited"
                : "groups.invite.unknown");
        return "redirect:/groups/" + slug;
    }

    @PostMapping("/groups/{slug}/notifications")
    String notifications(@PathVariable String slug, @RequestParam NotificationChoice choice,
            @AuthenticationPrincipal HarambeeUser user, RedirectAttributes redirect) {
        notifications.choose(slug, choice, user);
        redirect.addFlashAttribute("notice", "groups.notify.saved");
        return "redirect:/groups/" + slug + "#notifications";
    }

    private String formPage(GroupForm form, FormErrors errors, GroupView group, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("group", group);
        model.addAttribute("kinds", pages.kinds(locale));
        model.addAttribute("visibilities", pages.visibilities(locale));
        model.addAttribute("joiningRules", pages.joiningRules(locale));
        model.addAttribute("issueAreaOptions", pages.issueAreas(locale));
        model.addAttribute("rightOptions", pages.rights(locale));
        return "workinggroups/edit";
    }
}
