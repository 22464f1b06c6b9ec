package org.harambee.mail;

import java.util.Set;
import org.harambee.site.ClosedGroups;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff read what the network sent: on the embedded default this is where mail goes. They see each message as
 * {@link OutboxEntry} allows: never a single-use link, nothing of a group closed to them.
 */
@Controller
class OutboxController {

    private final Mailer mailer;
    private final ClosedGroups closedGroups;

    OutboxController(Mailer mailer, ClosedGroups closedGroups) {
        this.mailer = mailer;
        this.closedGroups = closedGroups;
    }

    @GetMapping("/staff/outbox")
    String outbox(@RequestParam(name = "page", defaultValue = "0") int page, Authentication reader, Model model) {
        Set<Long> closed = closedGroups.closedTo(reader);
        Set<Long> takingPart = closedGroups.takenPartInBy(reader);
        model.addAttribute("messages", mailer.recent(page, 25)
                .map(message -> OutboxEntry.of(message, closed, takingPart)));
        return "mail/outbox";
    }
}
