package org.harambee.events;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.RelatedPages;
import org.harambee.related.Subject;
import org.harambee.site.FormErrors;
import org.harambee.site.ICalendar;
import org.harambee.site.Installation;
import org.harambee.site.OnRefusal;
import org.harambee.site.Refusal;
import org.harambee.site.UniqueField;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Events: the list a reader may see, each event's page with its registration (and the online link, for the
 * confirmed), its calendar file; staff describe and change events.
 */
@Controller
class EventsController {

    private final EventOffice office;
    private final Registrar registrar;
    private final Installation installation;
    private final RelatedPages related;

    EventsController(EventOffice office, Registrar registrar, Installation installation, RelatedPages related) {
        this.related = related;
        this.office = office;
        this.registrar = registrar;
        this.installation = installation;
    }

    @GetMapping("/events")
    String list(@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal HarambeeUser user,
            Locale locale, Model model) {
        model.addAttribute("listing", office.listing(EventQuery.of(params), user, locale));
        model.addAttribute("mayOrganize", office.mayOrganize(user));
        return "events/events";
    }

    /** The calendar feed of the events this reader may see that match the address (all of them, without one). */
    @GetMapping("/events/calendar.ics")
    ResponseEntity<byte[]> feed(@RequestParam MultiValueMap<String, String> params,
            @AuthenticationPrincipal HarambeeUser user, Locale locale) {
        EventListing listing = office.listing(EventQuery.of(params), user, locale);
        List<Event> events = new ArrayList<>();
        listing.coming().forEach(view -> events.add(view.event()));
        listing.past().forEach(view -> events.add(view.event()));
        return calendar(events, locale, "events");
    }

    @GetMapping("/events/new")
    String create(@AuthenticationPrincipal HarambeeUser user, Model model) {
        office.requireMayOrganize(user);
        EventForm form = new EventForm();
        form.setKind(EventKind.TRAINING);
        form.setVisibility(EventVisibility.PUBLIC);
        form.setTimeZone(installation.timeZone().getId());
        if (!user.isStaff()) {
            form.setGroupId(office.hostsFor(user).get(0).id());
        }
        return form(null, form, user, FormErrors.none(), model);
    }

    @PostMapping("/events")
    String create(@Valid @ModelAttribute("form") EventForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Model model, RedirectAttributes redirect) {
        office.requireMayOrganize(user);
        if (!result.hasErrors()) {
            try {
                Event described = UniqueField.save(() -> office.describe(form, user), result, "titleEn",
                        "events.event.takenMeanwhile").orElse(null);
                if (described != null) {
                    redirect.addFlashAttribute("notice", "events.event.saved");
                    return "redirect:/events/" + described.slug();
                }
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return form(null, form, user, FormErrors.of(result), model);
    }

    @GetMapping("/events/{slug}/edit")
    String edit(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user, Model model) {
        Event event = office.organized(slug, user);
        return form(event, office.formOf(event, user), user, FormErrors.none(), model);
    }

    @PostMapping("/events/{slug}")
    String revise(@PathVariable String slug, @Valid @ModelAttribute("form") EventForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Model model, RedirectAttributes redirect) {
        Event event = office.organized(slug, user);
        if (!result.hasErrors()) {
            try {
                office.revise(slug, form, user);
                redirect.addFlashAttribute("notice", "events.event.saved");
                return "redirect:/events/" + slug;
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return form(event, form, user, FormErrors.of(result), model);
    }

    @GetMapping("/events/{slug}")
    String event(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        return page(office.readable(slug, user), user, locale,
                user == null ? new VisitorRegistrationForm() : new RegistrationForm(), FormErrors.none(), model);
    }

    /** A visitor registers (where the event allows it): the same answer whatever the address, a link mailed to it. */
    @PostMapping("/events/{slug}/visitors")
    String registerVisitor(@PathVariable String slug,
            @Valid @ModelAttribute("registration") VisitorRegistrationForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model, RedirectAttributes redirect) {
        Event event = office.readable(slug, user);
        if (!result.hasErrors()) {
            try {
                registrar.registerVisitor(slug, form, locale);
                redirect.addFlashAttribute("notice", "events.visitor.checkMail");
                return "redirect:/events/" + slug + "#registration";
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return page(event, user, locale, form, FormErrors.of(result), model);
    }

    @PostMapping("/events/{slug}/registration")
    String register(@PathVariable String slug, @Valid @ModelAttribute("registration") RegistrationForm form,
            BindingResult result, @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model,
            RedirectAttributes redirect) {
        Event event = office.readable(slug, user);
        if (!result.hasErrors()) {
            try {
                Registration made = registrar.register(slug, form, user, locale);
                redirect.addFlashAttribute("notice", made.status() == RegistrationStatus.CONFIRMED
                        ? "events.registration.confirmedNotice" : "events.registration.waitingNotice");
                return "redirect:/events/" + slug + "#registration";
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return page(event, user, locale, form, FormErrors.of(result), model);
    }

    @PostMapping("/events/{slug}/registration/cancel")
    @OnRefusal("/events/{slug}")
    String cancel(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user,
            RedirectAttributes redirect) {
        registrar.cancel(slug, user);
        redirect.addFlashAttribute("notice", "events.registration.cancelledNotice");
        return "redirect:/events/" + slug + "#registration";
    }

    @PostMapping("/events/{slug}/registration/take")
    @OnRefusal("/events/{slug}")
    String take(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user, RedirectAttributes redirect) {
        registrar.take(slug, user);
        redirect.addFlashAttribute("notice", "events.offer.takenNotice");
        return "redirect:/events/" + slug + "#registration";
    }

    @GetMapping("/events/{slug}/calendar.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user,
            Locale locale) {
        Event event = office.readable(slug, user);
        return calendar(List.of(event), locale, event.slug());
    }

    private ResponseEntity<byte[]> calendar(List<Event> events, Locale locale, String name) {
        StringBuilder ics = new StringBuilder();
        ICalendar.begin(ics, "-//Harambee//Events//EN");
        for (Event event : events) {
            String url = installation.address() + "/events/" + event.slug();
            ICalendar.timedEvent(ics, "event-" + event.id() + "@" + installation.baseUrl().getHost(), office.now(),
                    event.startsAt(), event.endsAt(), event.title(locale), event.place(), url, url,
                    event.cancelled());
        }
        ICalendar.end(ics);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ICalendar.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".ics\"")
                .body(ics.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String page(Event event, HarambeeUser user, Locale locale, RegistrationForm form, FormErrors errors,
            Model model) {
        Optional<Registration> mine = registrar.of(event, user);
        boolean organizer = office.organizes(event, user);
        EventView view = new EventView(event, locale);
        String publicUrl = event.visibility() == EventVisibility.PUBLIC
                ? installation.address() + "/events/" + event.slug() : null;
        model.addAttribute("view", view);
        model.addAttribute("event", event);
        model.addAttribute("issueAreas", office.issueAreasOf(event, locale));
        model.addAttribute("host", office.host(event, user));
        model.addAttribute("hostOrganizations", office.hostOrganizationsOf(event, user));
        model.addAttribute("publicUrl", publicUrl);
        model.addAttribute("jsonLd", publicUrl == null ? null
                : view.jsonLd(publicUrl, installation.networkName(), installation.address()));
        model.addAttribute("mine", mine.orElse(null));
        model.addAttribute("position", mine.filter(r -> r.status() == RegistrationStatus.WAITING)
                .map(r -> registrar.position(event, r)).orElse(0L));
        long seatsHeld = registrar.seatsHeld(event);
        model.addAttribute("tickets", TicketView.of(event, registrar.heldPerTicketType(event), locale).stream()
                .filter(ticket -> user != null || !ticket.membersOnly()).toList());
        model.addAttribute("seatsHeld", seatsHeld);
        model.addAttribute("full", !event.seatFree(seatsHeld));
        model.addAttribute("showLink", organizer || mine.filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                .isPresent());
        model.addAttribute("organizer", organizer);
        model.addAttribute("open", event.registrationOpen(office.now()));
        model.addAttribute("needsKeptDays", registrar.needsKeptDays());
        model.addAttribute("registration", form);
        model.addAttribute("errors", errors);
        model.addAttribute("mentions", related.mentioning(Subject.EVENT, event.id(), user, locale));
        model.addAttribute("mark", related.save(Subject.EVENT, event.id(), user));
        return "events/event";
    }

    private String form(Event event, EventForm form, HarambeeUser user, FormErrors errors, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("hosts", office.hostsFor(user));
        model.addAttribute("staff", user.isStaff());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("issueAreas", office.issueAreas());
        return "events/event-form";
    }
}
