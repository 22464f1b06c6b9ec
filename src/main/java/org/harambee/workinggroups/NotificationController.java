package org.harambee.workinggroups;

import org.harambee.identity.HarambeeUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The in-app list of notifications. */
@Controller
class NotificationController {

    private final GroupNotifications notifications;

    NotificationController(GroupNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal HarambeeUser user, Model model) {
        model.addAttribute("notifications", notifications.recent(user));
        return "workinggroups/notifications";
    }

    @PostMapping("/notifications/read")
    String readAll(@AuthenticationPrincipal HarambeeUser user) {
        notifications.readAll(user);
        return "redirect:/notifications";
    }
}
