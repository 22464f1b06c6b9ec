package org.harambee.workinggroups;

import org.harambee.site.Installation;
import org.harambee.site.RichText;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.FormErrors;
import org.harambee.site.Option;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/** A group's tasks and meetings: adding and moving tasks, scheduling meetings, their notes and calendar files. */
@Controller
class WorkController {

    private final GroupWork work;
    private final java.time.Clock clock;
    private final String baseUrl;
    private final ZoneId zone;

    WorkController(GroupWork work, java.time.Clock clock, Installation installation) {
        this.work = work;
        this.clock = clock;
        this.baseUrl = installation.address();
        this.zone = installation.timeZone();
    }

    @PostMapping("/groups/{slug}/tasks")
    String addTask(@PathVariable String slug, @Valid @ModelAttribute("form") WorkForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return formPage(slug, form, result, false, user, model);
        }
        work.addTask(slug, form.getTitle(), form.getOwner(), form.getDate(), user);
        redirect.addFlashAttribute("notice", "groups.task.added");
        return "redirect:/groups/" + slug + "#tasks";
    }

    @PostMapping("/groups/{slug}/tasks/{id}")
    String moveTask(@PathVariable String slug, @PathVariable Long id, @RequestParam TaskStatus status,
            @AuthenticationPrincipal HarambeeUser user) {
        work.moveTask(slug, id, status, user);
        return "redirect:/groups/" + slug + "#tasks";
    }

    @PostMapping("/groups/{slug}/meetings")
    String schedule(@PathVariable String slug, @Valid @ModelAttribute("form") WorkForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Model model) {
        ZoneId held = zoneOf(form.getTimeZone());
        if (form.getDate() == null && !result.hasFieldErrors("date")) {
            result.rejectValue("date", "groups.meeting.whenNeeded");
        }
        if (form.getTime() == null && !result.hasFieldErrors("time")) {
            result.rejectValue("time", "groups.meeting.whenNeeded");
        }
        if (held == null) {
            result.rejectValue("timeZone", "groups.meeting.zoneUnknown");
        }
        if (form.getCallLink() != null && !form.getCallLink().isBlank() && !isWebAddress(form.getCallLink())) {
            result.rejectValue("callLink", "groups.meeting.linkInvalid");
        }
        if (result.hasErrors()) {
            return formPage(slug, form, result, true, user, model);
        }
        Meeting meeting = work.schedule(slug, new MeetingPlan(form.getTitle(),
                ZonedDateTime.of(form.getDate(), form.getTime(), held), form.getMinutes(), form.getPlace(),
                form.getCallLink(), form.getAgenda()), user);
        return "redirect:/groups/" + slug + "/meetings/" + meeting.id();
    }

    @GetMapping("/groups/{slug}/meetings/{id}")
    String meeting(@PathVariable String slug, @PathVariable Long id, @AuthenticationPrincipal HarambeeUser user,
            Model model) {
        model.addAttribute("scheduled", work.meeting(slug, id, user));
        return "workinggroups/meeting";
    }

    @PostMapping("/groups/{slug}/meetings/{id}/notes")
    String notes(@PathVariable String slug, @PathVariable Long id, @RequestParam(required = false) String notes,
            @AuthenticationPrincipal HarambeeUser user, RedirectAttributes redirect) {
        if (notes != null && notes.length() > RichText.MAX_LENGTH) {
            redirect.addFlashAttribute("notice", "groups.meeting.notesTooLong");
        } else {
            work.recordNotes(slug, id, notes, user);
            redirect.addFlashAttribute("notice", "groups.meeting.notesSaved");
        }
        return "redirect:/groups/" + slug + "/meetings/" + id;
    }

    @GetMapping("/groups/{slug}/meetings/{id}.ics")
    ResponseEntity<String> calendar(@PathVariable String slug, @PathVariable Long id,
            @AuthenticationPrincipal HarambeeUser user) {
        GroupWork.Scheduled scheduled = work.meeting(slug, id, user);
        String page = baseUrl + "/groups/" + slug + "/meetings/" + id;
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting-" + id + ".ics\"")
                .body(MeetingCalendar.ics(scheduled.meeting(), scheduled.group(), page, URI.create(baseUrl).getHost(),
                        clock.instant()));
    }

    /** The task or meeting form again, with its errors at their fields. */
    private String formPage(String slug, WorkForm form, BindingResult result, boolean meeting, HarambeeUser user,
            Model model) {
        GroupView group = work.group(slug, user);
        model.addAttribute("group", group);
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.of(result));
        model.addAttribute("meeting", meeting);
        model.addAttribute("owners", group.active().stream().filter(entry -> !entry.organization())
                .map(entry -> new Option(String.valueOf(entry.id()), entry.name())).toList());
        return "workinggroups/work";
    }

    private ZoneId zoneOf(String id) {
        if (id == null || id.isBlank()) {
            return zone;
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = URI.create(link.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException invalid) {
            return false;
        }
    }
}
