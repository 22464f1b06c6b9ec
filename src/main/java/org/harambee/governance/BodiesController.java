package org.harambee.governance;

import jakarta.validation.Valid;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MemberRoll;
import org.harambee.membership.RollMember;
import org.harambee.site.FormErrors;
import org.harambee.site.OnRefusal;
import org.harambee.site.Refusal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The governing bodies: public pages of who sits where, and the forms election officers keep them with. */
@Controller
class BodiesController {

    private final Bodies bodies;
    private final ElectionOffice office;
    private final MemberRoll members;

    BodiesController(Bodies bodies, ElectionOffice office, MemberRoll members) {
        this.bodies = bodies;
        this.office = office;
        this.members = members;
    }

    /** Governance's front page, at either address: the elections, then the bodies. */
    @GetMapping({"/bodies", "/elections"})
    String list(Model model) {
        model.addAttribute("bodies", bodies.all());
        model.addAttribute("elections", office.all());
        model.addAttribute("now", office.now());
        return "governance/bodies";
    }

    @GetMapping("/bodies/new")
    String create(Model model) {
        BodyForm form = new BodyForm();
        form.setTermYears(2);
        return form(null, form, FormErrors.none(), model);
    }

    @PostMapping("/bodies")
    String create(@Valid @ModelAttribute("form") BodyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(null, form, FormErrors.of(result), model);
        }
        GoverningBody body = bodies.create(form);
        redirect.addFlashAttribute("notice", "governance.body.saved");
        return "redirect:/bodies/" + body.slug();
    }

    @GetMapping("/bodies/{slug}")
    String body(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user, Model model) {
        return page(bodies.existing(slug), new SeatClassForm(), new TermForm(), FormErrors.none(), FormErrors.none(),
                officer(user), model);
    }

    @GetMapping("/bodies/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        GoverningBody body = bodies.existing(slug);
        return form(body, body.asForm(), FormErrors.none(), model);
    }

    @PostMapping("/bodies/{slug}")
    String revise(@PathVariable String slug, @Valid @ModelAttribute("form") BodyForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        GoverningBody body = bodies.existing(slug);
        if (result.hasErrors()) {
            return form(body, form, FormErrors.of(result), model);
        }
        bodies.revise(slug, form);
        redirect.addFlashAttribute("notice", "governance.body.saved");
        return "redirect:/bodies/" + slug;
    }

    @PostMapping("/bodies/{slug}/classes")
    String addClass(@PathVariable String slug, @Valid @ModelAttribute("seatClass") SeatClassForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        GoverningBody body = bodies.existing(slug);
        if (!result.hasErrors()) {
            try {
                bodies.addClass(slug, form);
                redirect.addFlashAttribute("notice", "governance.seats.saved");
                return "redirect:/bodies/" + slug + "#seat-classes";
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return page(body, form, new TermForm(), FormErrors.of(result), FormErrors.none(), true, model);
    }

    @PostMapping("/bodies/{slug}/classes/{id}/remove")
    @OnRefusal("/bodies/{slug}#seat-classes")
    String removeClass(@PathVariable String slug, @PathVariable Long id, RedirectAttributes redirect) {
        bodies.removeClass(slug, id);
        redirect.addFlashAttribute("notice", "governance.seats.removed");
        return "redirect:/bodies/" + slug + "#seat-classes";
    }

    @PostMapping("/bodies/{slug}/terms")
    String seat(@PathVariable String slug, @Valid @ModelAttribute("term") TermForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        GoverningBody body = bodies.existing(slug);
        if (!result.hasErrors()) {
            try {
                bodies.seat(slug, form);
                redirect.addFlashAttribute("notice", "governance.term.saved");
                return "redirect:/bodies/" + slug + "#holders";
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return page(body, new SeatClassForm(), form, FormErrors.none(), FormErrors.of(result), true, model);
    }

    @PostMapping("/bodies/{slug}/terms/{id}/end")
    @OnRefusal("/bodies/{slug}#holders")
    String endTerm(@PathVariable String slug, @PathVariable Long id, RedirectAttributes redirect) {
        bodies.endTerm(slug, id);
        redirect.addFlashAttribute("notice", "governance.term.ended");
        return "redirect:/bodies/" + slug + "#holders";
    }

    private String page(GoverningBody body, SeatClassForm seatClass, TermForm term, FormErrors classErrors,
            FormErrors termErrors, boolean officer, Model model) {
        List<SeatClass> classes = bodies.classes(body);
        List<SeatTerm> terms = bodies.terms(body);
        model.addAttribute("body", body);
        model.addAttribute("classes", classes);
        model.addAttribute("classNames", classes.stream().collect(Collectors.toMap(SeatClass::id,
                Function.identity())));
        model.addAttribute("terms", terms);
        model.addAttribute("memberNames", terms.stream().map(SeatTerm::memberId).distinct()
                .collect(Collectors.toMap(Function.identity(), id -> members.member(id).map(RollMember::name)
                        .orElse(""))));
        model.addAttribute("officer", officer);
        model.addAttribute("today", bodies.today());
        model.addAttribute("elections", office.of(body));
        model.addAttribute("now", office.now());
        model.addAttribute("seatClass", seatClass);
        model.addAttribute("term", term);
        model.addAttribute("classErrors", classErrors);
        model.addAttribute("termErrors", termErrors);
        model.addAttribute("states", officer ? bodies.states() : List.of());
        model.addAttribute("members", officer ? members.admitted() : List.of());
        return "governance/body";
    }

    static boolean officer(HarambeeUser user) {
        return user != null && user.has(Role.ELECTION_OFFICER);
    }

    private String form(GoverningBody body, BodyForm form, FormErrors errors, Model model) {
        model.addAttribute("body", body);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "governance/body-form";
    }
}
