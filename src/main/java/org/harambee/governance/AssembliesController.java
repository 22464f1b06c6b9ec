package org.harambee.governance;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.RollMember;
import org.harambee.site.FormErrors;
import org.harambee.site.OnRefusal;
import org.harambee.site.Refusal;
import org.harambee.site.UniqueField;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * General assemblies, for members: the list, each assembly's page (where and when, the agenda, the live quorum,
 * check-in, proxies, resolutions, decisions with their votes, the minutes); election officers call them, run the
 * check-in desk, open and close the session and write the minutes.
 */
@Controller
class AssembliesController {

    private final AssemblyOffice office;
    private final Floor floor;
    private final Agenda agenda;
    private final VoterRoll roll;
    private final Bodies bodies;

    AssembliesController(AssemblyOffice office, Floor floor, Agenda agenda, VoterRoll roll, Bodies bodies) {
        this.office = office;
        this.floor = floor;
        this.agenda = agenda;
        this.roll = roll;
        this.bodies = bodies;
    }

    @GetMapping("/assemblies")
    String list(@AuthenticationPrincipal HarambeeUser user, Model model) {
        model.addAttribute("assemblies", office.all());
        model.addAttribute("officer", BodiesController.officer(user));
        return "governance/assemblies";
    }

    @GetMapping("/assemblies/new")
    String create(Model model) {
        AssemblyForm form = new AssemblyForm();
        form.setOrganizationsVote(true);
        form.setQuorumRule(QuorumRule.SHARE);
        form.setQuorumValue(50);
        form.setMaxProxies(2);
        return form(null, form, FormErrors.none(), model);
    }

    @PostMapping("/assemblies")
    String create(@Valid @ModelAttribute("form") AssemblyForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Assembly called = UniqueField.save(() -> office.call(form, user.accountId()), result, "titleEn",
                        "governance.assembly.takenMeanwhile").orElse(null);
                if (called != null) {
                    redirect.addFlashAttribute("notice", "governance.assembly.saved");
                    return "redirect:/assemblies/" + called.slug();
                }
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return form(null, form, FormErrors.of(result), model);
    }

    @GetMapping("/assemblies/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        Assembly assembly = office.existing(slug);
        return form(assembly, assembly.asForm(bodies.zone()), FormErrors.none(), model);
    }

    @PostMapping("/assemblies/{slug}")
    String revise(@PathVariable String slug, @Valid @ModelAttribute("form") AssemblyForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Assembly assembly = office.existing(slug);
        if (!result.hasErrors()) {
            try {
                office.revise(slug, form);
                redirect.addFlashAttribute("notice", "governance.assembly.saved");
                return "redirect:/assemblies/" + slug;
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return form(assembly, form, FormErrors.of(result), model);
    }

    @GetMapping("/assemblies/{slug}")
    String assembly(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user, Model model) {
        Assembly assembly = office.existing(slug);
        return page(assembly, user, new Forms(new ResolutionForm(), new ProxyForm(), minutesOf(assembly)),
                Map.of(), model);
    }

    @PostMapping("/assemblies/{slug}/open")
    @OnRefusal("/assemblies/{slug}")
    String open(@PathVariable String slug, RedirectAttributes redirect) {
        office.open(slug);
        redirect.addFlashAttribute("notice", "governance.assembly.openedNotice");
        return "redirect:/assemblies/" + slug + "/attendance";
    }

    @PostMapping("/assemblies/{slug}/close")
    @OnRefusal("/assemblies/{slug}")
    String close(@PathVariable String slug, RedirectAttributes redirect) {
        office.close(slug);
        redirect.addFlashAttribute("notice", "governance.assembly.closedNotice");
        return "redirect:/assemblies/" + slug + "#minutes";
    }

    @GetMapping("/assemblies/{slug}/attendance")
    String attendance(@PathVariable String slug, @RequestParam(required = false) String q, Model model) {
        Assembly assembly = office.existing(slug);
        List<VoterRoll.Entry> entries = roll.entries(assembly);
        String sought = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        model.addAttribute("assembly", assembly);
        model.addAttribute("quorum", floor.quorum(assembly));
        model.addAttribute("entries", entries.stream().filter(VoterRoll.Entry::onRoll)
                .filter(entry -> entry.member().name().toLowerCase(Locale.ROOT).contains(sought)).toList());
        model.addAttribute("q", sought);
        model.addAttribute("present", floor.present(assembly));
        model.addAttribute("proxies", floor.proxies(assembly));
        model.addAttribute("delegations", floor.delegations(assembly));
        model.addAttribute("names", entries.stream().map(VoterRoll.Entry::member)
                .collect(Collectors.toMap(RollMember::id, RollMember::name, (a, b) -> a)));
        return "governance/attendance";
    }

    @PostMapping("/assemblies/{slug}/attendance")
    @OnRefusal("/assemblies/{slug}")
    String attend(@PathVariable String slug, @RequestParam(required = false) Long member,
            @RequestParam(defaultValue = "true") boolean present, @AuthenticationPrincipal HarambeeUser user,
            RedirectAttributes redirect) {
        floor.attend(slug, member, present, user);
        redirect.addFlashAttribute("notice", present ? "governance.assembly.checkedInNotice"
                : "governance.assembly.checkedOutNotice");
        return BodiesController.officer(user) ? "redirect:/assemblies/" + slug + "/attendance"
                : "redirect:/assemblies/" + slug;
    }

    @PostMapping("/assemblies/{slug}/proxies")
    String delegate(@PathVariable String slug, @Valid @ModelAttribute("proxy") ProxyForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Model model, RedirectAttributes redirect) {
        Assembly assembly = office.existing(slug);
        if (!result.hasErrors()) {
            try {
                floor.delegate(slug, form.getGrantor(), form.getHolder(), user);
                redirect.addFlashAttribute("notice", form.getHolder() == null ? "governance.proxy.withdrawnNotice"
                        : "governance.proxy.givenNotice");
                return "redirect:/assemblies/" + slug + "#proxies";
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return page(assembly, user, new Forms(new ResolutionForm(), form, minutesOf(assembly)),
                Map.of("proxyErrors", FormErrors.of(result)), model);
    }

    @PostMapping("/assemblies/{slug}/resolutions")
    String submit(@PathVariable String slug, @Valid @ModelAttribute("resolution") ResolutionForm form,
            BindingResult result, @AuthenticationPrincipal HarambeeUser user, Model model,
            RedirectAttributes redirect) {
        Assembly assembly = office.existing(slug);
        if (!result.hasErrors()) {
            try {
                Resolution submitted = agenda.submit(slug, form, user);
                redirect.addFlashAttribute("notice", "governance.resolution.submittedNotice");
                return "redirect:/assemblies/" + slug + "/resolutions/" + submitted.id();
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return page(assembly, user, new Forms(form, new ProxyForm(), minutesOf(assembly)),
                Map.of("resolutionErrors", FormErrors.of(result)), model);
    }

    @PostMapping("/assemblies/{slug}/minutes")
    String minutes(@PathVariable String slug, @Valid @ModelAttribute("minutes") MinutesForm form,
            BindingResult result, @AuthenticationPrincipal HarambeeUser user, Model model,
            RedirectAttributes redirect) {
        Assembly assembly = office.existing(slug);
        if (!result.hasErrors()) {
            try {
                office.minutes(slug, form);
                redirect.addFlashAttribute("notice", form.isPublish() ? "governance.minutes.publishedNotice"
                        : "governance.minutes.savedNotice");
                return "redirect:/assemblies/" + slug + "#minutes";
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return page(assembly, user, new Forms(new ResolutionForm(), new ProxyForm(), form),
                Map.of("minutesErrors", FormErrors.of(result)), model);
    }

    /** The three forms of an assembly's page, as filled in when one of them is refused. */
    private record Forms(ResolutionForm resolution, ProxyForm proxy, MinutesForm minutes) {
    }

    private static MinutesForm minutesOf(Assembly assembly) {
        MinutesForm form = new MinutesForm();
        form.setMinutesEn(assembly.minutesEn());
        form.setMinutesEs(assembly.minutesEs());
        return form;
    }

    private String page(Assembly assembly, HarambeeUser user, Forms forms, Map<String, FormErrors> errors,
            Model model) {
        boolean officer = BodiesController.officer(user);
        List<Resolution> resolutions = agenda.resolutions(assembly);
        List<VoterRoll.Entry> mine = roll.mine(assembly, user);
        List<Floor.Seat> seats = floor.seats(assembly, user);
        Set<Long> seatIds = seats.stream().map(seat -> seat.member().id()).collect(Collectors.toSet());
        Map<Long, Long> proxies = floor.proxies(assembly);
        model.addAttribute("assembly", assembly);
        model.addAttribute("phase", assembly.phase());
        model.addAttribute("quorum", floor.quorum(assembly));
        model.addAttribute("officer", officer);
        model.addAttribute("readOn", roll.readOn(assembly));
        model.addAttribute("resolutions", resolutions);
        model.addAttribute("seconds", resolutions.stream()
                .collect(Collectors.toMap(Resolution::id, each -> agenda.seconds(each).size())));
        model.addAttribute("movers", resolutions.stream()
                .collect(Collectors.toMap(Resolution::id, each -> agenda.mover(each, officer))));
        model.addAttribute("mine", mine);
        model.addAttribute("present", floor.present(assembly));
        model.addAttribute("myProxies", mine.stream().map(entry -> entry.member().id())
                .filter(proxies::containsKey).collect(Collectors.toMap(Function.identity(), proxies::get)));
        model.addAttribute("holders", floor.holders(assembly));
        model.addAttribute("seats", seats);
        model.addAttribute("voted", resolutions.stream().filter(each -> each.status() == ResolutionStatus.VOTING)
                .collect(Collectors.toMap(Resolution::id, each -> agenda.voted(each, seatIds))));
        model.addAttribute("takesResolutions", assembly.takesResolutions(office.now()));
        model.addAttribute("resolution", forms.resolution());
        model.addAttribute("proxy", forms.proxy());
        model.addAttribute("minutes", forms.minutes());
        for (String name : List.of("resolutionErrors", "proxyErrors", "minutesErrors")) {
            model.addAttribute(name, errors.getOrDefault(name, FormErrors.none()));
        }
        return "governance/assembly";
    }

    private String form(Assembly assembly, AssemblyForm form, FormErrors errors, Model model) {
        model.addAttribute("assembly", assembly);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "governance/assembly-form";
    }
}
