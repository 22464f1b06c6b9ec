package org.harambee.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff read what the network sent: on the embedded default this is where mail goes. */
@Controller
class OutboxController {

    private final Mailer mailer;

    OutboxController(Mailer mailer) {
        this.mailer = mailer;
    }

    @GetMapping("/staff/outbox")
    String outbox(@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("messages", mailer.recent(page, 25));
        return "mail/outbox";
    }
}
