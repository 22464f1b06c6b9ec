package org.harambee.site;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The one-click unsubscribe links of every e-mail people may stop (group e-mails, digests): the link's page asks
 * before it stops anything; a post stops it, which is also what mail programs send (no session, no CSRF token: the
 * signed token is the proof). A token no capability signed is unknown.
 */
@Controller
class UnsubscribeController {

    private final List<Unsubscribing> capabilities;

    UnsubscribeController(List<Unsubscribing> capabilities) {
        this.capabilities = List.copyOf(capabilities);
    }

    @GetMapping("/unsubscribe/{token}")
    String confirm(@PathVariable String token, Model model) {
        return page(token, false, capability -> capability.unsubscribing(token), model);
    }

    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        return page(token, true, capability -> capability.unsubscribe(token), model);
    }

    private String page(String token, boolean done, Function<Unsubscribing, Optional<Unsubscribing.Unsubscription>> ask,
            Model model) {
        Unsubscribing.Unsubscription found = capabilities.stream().map(ask).flatMap(Optional::stream).findFirst()
                .orElseThrow(UnknownLinkException::new);
        model.addAttribute("token", token);
        model.addAttribute("what", found);
        model.addAttribute("done", done);
        return "site/unsubscribe";
    }

    /** A link no capability signed: answered with 404. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class UnknownLinkException extends RuntimeException {

        UnknownLinkException() {
            super("unknown unsubscribe link");
        }
    }
}
