package org.harambee.membership;

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

/** Staff manage a member: its details and history, renewal, suspension, reinstatement, withdrawal, representatives. */
@Controller
@PreAuthorize("hasRole('STAFF')")
class StaffMemberController {

    private final MemberLifecycle lifecycle;
    private final OrganizationPages organizations;

    StaffMemberController(MemberLifecycle lifecycle, OrganizationPages organizations) {
        this.lifecycle = lifecycle;
        this.organizations = organizations;
    }

    @GetMapping("/staff/members")
    String individuals(@RequestParam(name = "status", required = false) MembershipStatus status,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("members", lifecycle.individuals(status, page));
        model.addAttribute("status", status);
        return "membership/staff-members";
    }

    @GetMapping("/staff/members/{id}")
    String member(@PathVariable Long id, Model model) {
        MemberLifecycle.MemberRecord record = lifecycle.record(id);
        model.addAttribute("details", record.details());
        model.addAttribute("decisions", record.decisions());
        return "membership/staff-member";
    }

    @PostMapping("/staff/members/{id}/renew")
    @OnRefusal(value = "/staff/members/{id}", flash = "problem")
    String renew(@PathVariable Long id, @RequestParam(name = "reason", required = false) String reason,
            @AuthenticationPrincipal HarambeeUser staff, RedirectAttributes redirect) {
        return changed(id, redirect, () -> lifecycle.renew(id, staff.email(), reason));
    }

    @PostMapping("/staff/members/{id}/suspend")
    @OnRefusal(value = "/staff/members/{id}", flash = "problem")
    String suspend(@PathVariable Long id, @RequestParam(name = "reason", required = false) String reason,
            @AuthenticationPrincipal HarambeeUser staff, RedirectAttributes redirect) {
        return changed(id, redirect, () -> lifecycle.suspend(id, staff.email(), reason));
    }

    @PostMapping("/staff/members/{id}/reinstate")
    @OnRefusal(value = "/staff/members/{id}", flash = "problem")
    String reinstate(@PathVariable Long id, @RequestParam(name = "reason", required = false) String reason,
            @AuthenticationPrincipal HarambeeUser staff, RedirectAttributes redirect) {
        return changed(id, redirect, () -> lifecycle.reinstate(id, staff.email(), reason));
    }

    @PostMapping("/staff/members/{id}/withdraw")
    @OnRefusal(value = "/staff/members/{id}", flash = "problem")
    String withdraw(@PathVariable Long id, @RequestParam(name = "reason", required = false) String reason,
            @AuthenticationPrincipal HarambeeUser staff, RedirectAttributes redirect) {
        return changed(id, redirect, () -> lifecycle.withdraw(id, staff.email(), reason));
    }

    @PostMapping("/staff/members/{id}/people/{personId}/authorize")
    @OnRefusal(value = "/staff/members/{id}", flash = "problem")
    String authorize(@PathVariable Long id, @PathVariable Long personId, @AuthenticationPrincipal HarambeeUser staff,
            RedirectAttributes redirect) {
        return changed(id, redirect, () -> organizations.authorize(id, personId, staff));
    }

    @PostMapping("/staff/members/{id}/people/{personId}/deauthorize")
    @OnRefusal(value = "/staff/members/{id}", flash = "problem")
    String deauthorize(@PathVariable Long id, @PathVariable Long personId,
            @AuthenticationPrincipal HarambeeUser staff, RedirectAttributes redirect) {
        return changed(id, redirect, () -> organizations.deauthorize(id, personId, staff));
    }

    private static String changed(Long id, RedirectAttributes redirect, Runnable change) {
        change.run();
        redirect.addFlashAttribute("notice", "membership.staff.changed");
        return "redirect:/staff/members/" + id;
    }
}
