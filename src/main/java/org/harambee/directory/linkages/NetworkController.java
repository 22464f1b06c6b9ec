package org.harambee.directory.linkages;

import java.util.Locale;
import org.harambee.identity.HarambeeUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The shape of the network, for everyone; what each person sees depends on which organizations they may know. */
@Controller
class NetworkController {

    private final NetworkShape network;

    NetworkController(NetworkShape network) {
        this.network = network;
    }

    @GetMapping("/directory/network")
    String network(@AuthenticationPrincipal HarambeeUser user, @RequestParam(name = "page", defaultValue = "0") int page,
            Locale locale, Model model) {
        model.addAttribute("matrix", network.matrix(user));
        model.addAttribute("neighbourhoods", network.neighbourhoods(user, page, locale));
        return "directory/linkages/network";
    }
}
