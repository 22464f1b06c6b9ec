package org.harambee.membership;

import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.OnRefusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff's review queue: approve, decline with a reason, or ask for more information. */
@Controller
@PreAuthorize("hasRole('STAFF')")
class ReviewController {

    private final ApplicationReview review;

    ReviewController(ApplicationReview review) {
        this.review = review;
    }

    @GetMapping("/staff/applications")
    String queue(@RequestParam(name = "decided", defaultValue = "false") boolean decided,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("applications", review.queue(decided
                ? List.of(ApplicationStatus.APPROVED, ApplicationStatus.DECLINED) : ApplicationReview.WAITING, page));
        model.addAttribute("decided", decided);
        return "membership/staff-applications";
    }

    @GetMapping("/staff/applications/{id}")
    String application(@PathVariable Long id, Model model) {
        ApplicationReview.ApplicationRecord record = review.application(id);
        model.addAttribute("application", record.application());
        model.addAttribute("decisions", record.decisions());
        model.addAttribute("details", record.applicant());
        return "membership/staff-application";
    }

    @PostMapping("/staff/applications/{id}/approve")
    @OnRefusal(value = "/staff/applications/{id}", flash = "problem")
    String approve(@PathVariable Long id, @RequestParam(name = "note", required = false) String note,
            @RequestParam(name = "version", required = false) Long version,
            @AuthenticationPrincipal HarambeeUser staff, RedirectAttributes redirect) {
        return decided(id, redirect, "membership.review.approved", () -> review.approve(id, version, staff, note));
    }

    @PostMapping("/staff/applications/{id}/decline")
    @OnRefusal(value = "/staff/applications/{id}", flash = "problem")
    String decline(@PathVariable Long id, @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(name = "version", required = false) Long version,
            @AuthenticationPrincipal HarambeeUser staff, RedirectAttributes redirect) {
        return decided(id, redirect, "membership.review.declined", () -> review.decline(id, version, staff, reason));
    }

    @PostMapping("/staff/applications/{id}/request-information")
    @OnRefusal(value = "/staff/applications/{id}", flash = "problem")
    String requestInformation(@PathVariable Long id, @RequestParam(name = "question", required = false) String question,
            @RequestParam(name = "version", required = false) Long version,
            @AuthenticationPrincipal HarambeeUser staff, RedirectAttributes redirect) {
        return decided(id, redirect, "membership.review.informationRequested",
                () -> review.requestInformation(id, version, staff, question));
    }

    private static String decided(Long id, RedirectAttributes redirect, String notice, Runnable decision) {
        decision.run();
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/staff/applications/" + id;
    }
}
