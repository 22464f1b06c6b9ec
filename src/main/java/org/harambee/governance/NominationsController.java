package org.harambee.governance;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MemberKind;
import org.harambee.membership.MemberRoll;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.RollMember;
import org.harambee.site.FormErrors;
import org.harambee.site.OnRefusal;
import org.harambee.site.Option;
import org.harambee.site.Refusal;
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
 * Nominating (a member in good standing names a candidate: itself, or a member organization the nominator may know
 * of; individuals stand only by their own nomination, so that no list of individual members is shown), answering a
 * nomination with a statement, seconding one.
 */
@Controller
class NominationsController {

    private final ElectionOffice office;
    private final Nominating nominating;
    private final Bodies bodies;
    private final MemberRoll members;

    NominationsController(ElectionOffice office, Nominating nominating, Bodies bodies, MemberRoll members) {
        this.office = office;
        this.nominating = nominating;
        this.bodies = bodies;
        this.members = members;
    }

    @GetMapping("/elections/{slug}/nominate")
    String nominate(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user, Model model) {
        NominationForm form = new NominationForm();
        List<RollMember> mine = nominating.nominators(user);
        if (mine.size() == 1) {
            form.setNominator(mine.get(0).id());
        }
        return form(office.existing(slug), form, user, FormErrors.none(), model);
    }

    @PostMapping("/elections/{slug}/nominations")
    String nominated(@PathVariable String slug, @Valid @ModelAttribute("form") NominationForm form,
            BindingResult result, @AuthenticationPrincipal HarambeeUser user, Model model,
            RedirectAttributes redirect) {
        Election election = office.existing(slug);
        if (!result.hasErrors()) {
            try {
                Nomination nomination = nominating.nominate(slug, form, user);
                redirect.addFlashAttribute("notice", "governance.nomination.saved");
                return "redirect:/elections/" + slug + "/nominations/" + nomination.id();
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return form(election, form, user, FormErrors.of(result), model);
    }

    /** A nomination: public once accepted; until then, and when declined, only for those it concerns. */
    @GetMapping("/elections/{slug}/nominations/{id}")
    String nomination(@PathVariable String slug, @PathVariable Long id, @AuthenticationPrincipal HarambeeUser user,
            Model model) {
        Election election = office.existing(slug);
        Nomination nomination = nominating.nomination(election, id);
        if (!nominating.visibleTo(nomination, user)) {
            throw new UnknownGovernanceException(id);
        }
        boolean answers = user != null && nominating.answers(nomination, user);
        AcceptanceForm statement = new AcceptanceForm();
        statement.setCandidateName(nomination.candidateName());
        statement.setStatementEn(nomination.statementEn());
        statement.setStatementEs(nomination.statementEs());
        return page(election, nomination, answers, statement, FormErrors.none(), user, model);
    }

    @PostMapping("/elections/{slug}/nominations/{id}/accept")
    String accept(@PathVariable String slug, @PathVariable Long id,
            @Valid @ModelAttribute("statement") AcceptanceForm statement, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Model model, RedirectAttributes redirect) {
        Election election = office.existing(slug);
        Nomination nomination = nominating.nomination(election, id);
        if (!nominating.answers(nomination, user)) {
            throw new UnknownGovernanceException(id);
        }
        if (!result.hasErrors()) {
            try {
                nominating.accept(slug, id, statement, user);
                redirect.addFlashAttribute("notice", "governance.nomination.acceptedNotice");
                return "redirect:/elections/" + slug + "/nominations/" + id;
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return page(election, nomination, true, statement, FormErrors.of(result), user, model);
    }

    @PostMapping("/elections/{slug}/nominations/{id}/decline")
    @OnRefusal("/elections/{slug}/nominations/{id}")
    String decline(@PathVariable String slug, @PathVariable Long id, @AuthenticationPrincipal HarambeeUser user,
            RedirectAttributes redirect) {
        nominating.decline(slug, id, user);
        redirect.addFlashAttribute("notice", "governance.nomination.declinedNotice");
        return "redirect:/elections/" + slug + "/nominations/" + id;
    }

    @PostMapping("/elections/{slug}/nominations/{id}/second")
    @OnRefusal("/elections/{slug}/nominations/{id}")
    String second(@PathVariable String slug, @PathVariable Long id, @RequestParam(required = false) Long member,
            @AuthenticationPrincipal HarambeeUser user, RedirectAttributes redirect) {
        if (member == null) {
            throw new Refusal("governance.nomination.notYourMember");
        }
        nominating.second(slug, id, member, user);
        redirect.addFlashAttribute("notice", "governance.nomination.secondedNotice");
        return "redirect:/elections/" + slug + "/nominations/" + id;
    }

    private String page(Election election, Nomination nomination, boolean answers, AcceptanceForm statement,
            FormErrors errors, HarambeeUser user, Model model) {
        model.addAttribute("election", election);
        model.addAttribute("nomination", nomination);
        model.addAttribute("phase", election.phase(office.now()));
        model.addAttribute("answers", answers);
        model.addAttribute("statement", statement);
        model.addAttribute("errors", errors);
        model.addAttribute("candidate", members.member(nomination.candidateMemberId()).orElse(null));
        model.addAttribute("classes", bodies.classesFilledBy(election));
        model.addAttribute("eligible", election.countedAt() != null ? nomination.eligibleClasses()
                : List.copyOf(nominating.eligibleClasses(election, nomination.candidateMemberId())));
        model.addAttribute("seconders", user == null ? List.of() : nominating.nominators(user).stream()
                .filter(m -> !m.id().equals(nomination.candidateMemberId())
                        && !m.id().equals(nomination.nominatorMemberId()))
                .toList());
        return "governance/nomination";
    }

    private String form(Election election, NominationForm form, HarambeeUser user, FormErrors errors, Model model) {
        List<RollMember> mine = nominating.nominators(user);
        List<Option> candidates = new ArrayList<>();
        mine.forEach(m -> candidates.add(new Option(String.valueOf(m.id()), m.name())));
        if (!mine.isEmpty()) {
            members.admitted().stream()
                    .filter(m -> m.kind() == MemberKind.ORGANIZATION && m.status() == MembershipStatus.ACTIVE)
                    .filter(m -> mine.stream().noneMatch(own -> own.id().equals(m.id())))
                    .forEach(m -> candidates.add(new Option(String.valueOf(m.id()), m.name())));
        }
        model.addAttribute("election", election);
        model.addAttribute("phase", election.phase(office.now()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("nominators", mine.stream().map(m -> new Option(String.valueOf(m.id()), m.name()))
                .toList());
        model.addAttribute("candidates", candidates);
        return "governance/nominate";
    }
}
