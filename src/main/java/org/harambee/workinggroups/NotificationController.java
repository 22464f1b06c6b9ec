package org.harambee.workinggroups;

import org.harambee.identity.HarambeeUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The in-app list of notifications, and the one-click unsubscribe link of group e-mails. */
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

    @GetMapping("/unsubscribe/{token}")
    String confirm(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("group", notifications.unsubscribing(token).orElseThrow(UnknownGroupException::new));
        model.addAttribute("done", false);
        return "workinggroups/unsubscribe";
    }

    /** Also what mail programs send for a one-click unsubscribe: no session, no CSRF token, the token is the proof. */
    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("group", notifications.unsubscribe(token).orElseThrow(UnknownGroupException::new));
        model.addAttribute("done", true);
        return "workinggroups/unsubscribe";
    }
}
