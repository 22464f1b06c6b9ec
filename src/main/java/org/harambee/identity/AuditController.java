package org.harambee.identity;

import jakarta.validation.Valid;
import org.harambee.site.FormErrors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Staff and administrators read the audit log: newest first, filtered, a page at a time. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/staff/audit")
    String audit(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult errors, Model model) {
        Page<AuditEntry> entries = errors.hasErrors() ? Page.empty() : auditLog.search(filter, PAGE_SIZE);
        model.addAttribute("entries", entries);
        model.addAttribute("actions", auditLog.actions());
        model.addAttribute("errors", FormErrors.of(errors));
        return "identity/audit";
    }
}
