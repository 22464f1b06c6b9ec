package org.harambee.events;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.harambee.site.OnRefusal;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A visitor's registration, managed with the link mailed to their address (they have no account): the page the link
 * opens (never changing anything by itself, since mail programs open links to check them), confirming the address,
 * taking an offered seat, cancelling.
 */
@Controller
class VisitorsController {

    private static final String PAGE = "/events/{slug}/visitor/{secret}";

    private final EventOffice office;
    private final Registrar registrar;

    VisitorsController(EventOffice office, Registrar registrar) {
        this.office = office;
        this.registrar = registrar;
    }

    @GetMapping(PAGE)
    String registration(@PathVariable String slug, @PathVariable String secret, Locale locale,
            HttpServletResponse response, Model model) {
        Event event = office.readable(slug, null);
        Registration registration = registrar.byLink(event, secret);
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        model.addAttribute("view", new EventView(event, locale));
        model.addAttribute("event", event);
        model.addAttribute("mine", registration);
        model.addAttribute("position", registration.status() == RegistrationStatus.WAITING
                ? registrar.position(event, registration) : 0L);
        model.addAttribute("secret", secret);
        return "events/visitor";
    }

    @PostMapping(PAGE + "/confirm")
    @OnRefusal(PAGE)
    String confirm(@PathVariable String slug, @PathVariable String secret, RedirectAttributes redirect) {
        Registration registration = registrar.confirmByLink(slug, secret);
        redirect.addFlashAttribute("notice", registration.status() == RegistrationStatus.CONFIRMED
                ? "events.registration.confirmedNotice" : "events.registration.waitingNotice");
        return "redirect:/events/" + slug + "/visitor/" + secret;
    }

    @PostMapping(PAGE + "/take")
    @OnRefusal(PAGE)
    String take(@PathVariable String slug, @PathVariable String secret, RedirectAttributes redirect) {
        registrar.takeByLink(slug, secret);
        redirect.addFlashAttribute("notice", "events.offer.takenNotice");
        return "redirect:/events/" + slug + "/visitor/" + secret;
    }

    @PostMapping(PAGE + "/cancel")
    @OnRefusal(PAGE)
    String cancel(@PathVariable String slug, @PathVariable String secret, RedirectAttributes redirect) {
        registrar.cancelByLink(slug, secret);
        redirect.addFlashAttribute("notice", "events.registration.cancelledNotice");
        return "redirect:/events/" + slug + "/visitor/" + secret;
    }
}
