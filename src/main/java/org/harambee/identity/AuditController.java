package org.harambee.identity;

import jakarta.validation.Valid;
import org.harambee.site.ClosedGroups;
import org.harambee.site.FormErrors;
import org.springframework.data.domain.Page;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Staff and administrators read the audit log: newest first, filtered, a page at a time; nothing of a group closed
 * to the reader nor of a group's participants-only matters unless they take part, and client addresses only for
 * administrators.
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog auditLog;
    private final ClosedGroups closedGroups;

    AuditController(AuditLog auditLog, ClosedGroups closedGroups) {
        this.auditLog = auditLog;
        this.closedGroups = closedGroups;
    }

    @GetMapping("/staff/audit")
    String audit(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult errors, Authentication reader,
            @AuthenticationPrincipal HarambeeUser user, Model model) {
        GroupsOfReader groups = new GroupsOfReader(closedGroups.closedTo(reader), closedGroups.takenPartInBy(reader));
        boolean administrator = user != null && user.has(Role.ADMIN);
        Page<AuditEntry> entries = errors.hasErrors() ? Page.empty() : auditLog.search(filter, groups, PAGE_SIZE);
        model.addAttribute("entries", entries.map(entry -> AuditRow.of(entry, groups, administrator)));
        model.addAttribute("showAddresses", administrator);
        model.addAttribute("actions", auditLog.actions(groups));
        model.addAttribute("errors", FormErrors.of(errors));
        return "identity/audit";
    }
}
