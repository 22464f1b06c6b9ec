package org.harambee.events;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.harambee.site.OnRefusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organizers' side of an event: who registered, in which state, their access and language needs (counted per
 * need and told per person), check-in at the door (a button per person, no script needed), cancelling the event.
 */
@Controller
class OrganizersController {

    private final EventOffice office;
    private final Registrar registrar;

    OrganizersController(EventOffice office, Registrar registrar) {
        this.office = office;
        this.registrar = registrar;
    }

    @GetMapping("/events/{slug}/registrations")
    String registrations(@PathVariable String slug, Locale locale, Model model) {
        Event event = office.existing(slug);
        List<Registration> all = registrar.all(event);
        Map<Long, AccessNeeds> needs = registrar.needs(all);
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        all.forEach(each -> counts.merge(each.status(), 1L, Long::sum));
        Map<String, Integer> perNeed = new TreeMap<>();
        Map<String, Integer> languages = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (AccessNeeds each : needs.values()) {
            if (each.interpretation() != null) {
                languages.merge(each.interpretation(), 1, Integer::sum);
            }
            count(perNeed, each.captioning(), "events.needs.captioning");
            count(perNeed, each.wheelchair(), "events.needs.wheelchair");
            count(perNeed, each.dietary() != null, "events.needs.dietary");
            count(perNeed, each.childcare(), "events.needs.childcare");
            count(perNeed, each.other() != null, "events.needs.other");
        }
        model.addAttribute("view", new EventView(event, locale));
        model.addAttribute("event", event);
        model.addAttribute("registrations", all);
        model.addAttribute("needs", needs);
        model.addAttribute("counts", counts);
        model.addAttribute("perNeed", perNeed);
        model.addAttribute("languages", languages);
        model.addAttribute("needsKeptDays", registrar.needsKeptDays());
        return "events/registrations";
    }

    private static void count(Map<String, Integer> perNeed, boolean asked, String key) {
        if (asked) {
            perNeed.merge(key, 1, Integer::sum);
        }
    }

    @PostMapping("/events/{slug}/registrations/{id}/check-in")
    @OnRefusal("/events/{slug}/registrations")
    String checkIn(@PathVariable String slug, @PathVariable Long id, RedirectAttributes redirect) {
        Registration registration = registrar.checkIn(slug, id);
        redirect.addFlashAttribute("notice", "events.checkIn.done");
        return "redirect:/events/" + slug + "/registrations#registration-" + registration.id();
    }

    @PostMapping("/events/{slug}/cancel")
    @OnRefusal("/events/{slug}")
    String cancel(@PathVariable String slug, RedirectAttributes redirect) {
        registrar.cancelEvent(slug);
        redirect.addFlashAttribute("notice", "events.event.cancelledNotice");
        return "redirect:/events/" + slug;
    }
}
