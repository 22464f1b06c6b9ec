package org.harambee.directory.linkages;

import java.util.Arrays;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.Capacity;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Offers and needs, for members. */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class ExchangeController {

    private final CapacityExchange exchange;

    ExchangeController(CapacityExchange exchange) {
        this.exchange = exchange;
    }

    @GetMapping("/directory/exchange")
    String overview(@AuthenticationPrincipal HarambeeUser user, Model model) {
        model.addAttribute("exchange", exchange.overview(user));
        return "directory/linkages/exchange";
    }

    @GetMapping("/directory/exchange/{capacity}")
    String capacity(@PathVariable String capacity, @RequestParam(name = "offering", defaultValue = "0") int offering,
            @RequestParam(name = "needing", defaultValue = "0") int needing, @AuthenticationPrincipal HarambeeUser user,
            Model model) {
        Capacity known = Arrays.stream(Capacity.values()).filter(c -> c.name().equals(capacity)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("pairing", exchange.capacity(known, offering, needing, user));
        return "directory/linkages/capacity";
    }
}
