package org.harambee.about;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** The network pages as everyone reads them, signed in or not. */
@Controller
class AboutController {

    private final NetworkPages pages;

    AboutController(NetworkPages pages) {
        this.pages = pages;
    }

    @GetMapping({"/about", "/principles", "/governance", "/contact"})
    String read(HttpServletRequest request, Model model) {
        NetworkPage page = NetworkPage.ofSlug(request.getRequestURI().substring(request.getContextPath().length() + 1))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("networkPage", page);
        model.addAttribute("text", pages.current(page).orElse(null));
        return "about/page";
    }
}
