package org.harambee.events;

import jakarta.validation.Valid;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.CsvFile;
import org.harambee.site.FormErrors;
import org.harambee.site.OnRefusal;
import org.harambee.site.SpreadsheetCells;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organizers' side of an event: who registered, in which state, their access and language needs (counted per
 * need and told per person), check-in at the door (a button per person, no script needed), a message to everyone
 * registered, the registrations as a spreadsheet (recorded in the audit log), cancelling the event.
 */
@Controller
class OrganizersController {

    private final EventOffice office;
    private final Registrar registrar;
    private final AuditLog audit;
    private final MessageSource messages;

    OrganizersController(EventOffice office, Registrar registrar, AuditLog audit, MessageSource messages) {
        this.office = office;
        this.registrar = registrar;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/events/{slug}/registrations")
    String registrations(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user, Locale locale,
            Model model) {
        return page(office.organized(slug, user), locale, new EventMessage(), FormErrors.none(), model);
    }

    @PostMapping("/events/{slug}/message")
    String message(@PathVariable String slug, @Valid @ModelAttribute("message") EventMessage message,
            BindingResult result, @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model,
            RedirectAttributes redirect) {
        Event event = office.organized(slug, user);
        if (result.hasErrors()) {
            return page(event, locale, message, FormErrors.of(result), model);
        }
        registrar.message(slug, message);
        redirect.addFlashAttribute("notice", "events.message.sent");
        return "redirect:/events/" + slug + "/registrations";
    }

    /** The registrations as a spreadsheet, needs included (organizers only; recorded in the audit log). */
    @GetMapping("/events/{slug}/registrations.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user,
            Locale locale) {
        Event event = office.organized(slug, user);
        List<Registration> all = registrar.all(event);
        Map<Long, AccessNeeds> needs = registrar.needs(all);
        EventView view = new EventView(event, locale);
        audit.record("events.registrations.exported", "event " + slug, all.size() + " registrations");
        return CsvFile.download(slug + "-registrations.csv", csv -> {
            csv.printRecord(Stream.of("events.csv.name", "events.csv.email", "events.ticket.type", "events.csv.status",
                    "events.csv.registeredAt", "events.csv.checkedInAt", "events.csv.language",
                    "events.needs.interpretation", "events.needs.captioning", "events.needs.wheelchair",
                    "events.needs.dietary", "events.needs.childcare", "events.needs.other")
                    .map(key -> messages.getMessage(key, null, locale)).toList());
            String yes = messages.getMessage("events.csv.yes", null, locale);
            for (Registration each : all) {
                AccessNeeds told = needs.get(each.id());
                csv.printRecord(SpreadsheetCells.neutralized(each.name()), SpreadsheetCells.neutralized(each.email()),
                        each.ticketTypeId() == null ? "" : event.ticketType(each.ticketTypeId())
                                .map(type -> SpreadsheetCells.neutralized(type.name(locale))).orElse(""),
                        messages.getMessage("events.registration.status." + each.status().name(), null, locale),
                        view.at(each.registeredAt()),
                        each.checkedInAt() == null ? "" : view.at(each.checkedInAt()),
                        each.language().getLanguage(),
                        told == null || told.interpretation() == null ? ""
                                : SpreadsheetCells.neutralized(told.interpretation()),
                        told != null && told.captioning() ? yes : "",
                        told != null && told.wheelchair() ? yes : "",
                        told == null || told.dietary() == null ? "" : SpreadsheetCells.neutralized(told.dietary()),
                        told != null && told.childcare() ? yes : "",
                        told == null || told.other() == null ? "" : SpreadsheetCells.neutralized(told.other()));
            }
        });
    }

    private String page(Event event, Locale locale, EventMessage message, FormErrors errors, Model model) {
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
        model.addAttribute("tickets", TicketView.of(event, registrar.heldPerTicketType(event), locale));
        model.addAttribute("message", message);
        model.addAttribute("errors", errors);
        return "events/registrations";
    }

    private static void count(Map<String, Integer> perNeed, boolean asked, String key) {
        if (asked) {
            perNeed.merge(key, 1, Integer::sum);
        }
    }

    @PostMapping("/events/{slug}/registrations/{id}/check-in")
    @OnRefusal("/events/{slug}/registrations")
    String checkIn(@PathVariable String slug, @PathVariable Long id, @AuthenticationPrincipal HarambeeUser user,
            RedirectAttributes redirect) {
        office.organized(slug, user);
        Registration registration = registrar.checkIn(slug, id);
        redirect.addFlashAttribute("notice", "events.checkIn.done");
        return "redirect:/events/" + slug + "/registrations#registration-" + registration.id();
    }

    @PostMapping("/events/{slug}/cancel")
    @OnRefusal("/events/{slug}")
    String cancel(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user,
            RedirectAttributes redirect) {
        office.organized(slug, user);
        registrar.cancelEvent(slug);
        redirect.addFlashAttribute("notice", "events.event.cancelledNotice");
        return "redirect:/events/" + slug;
    }
}
