package org.harambee.governance;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MemberRoll;
import org.harambee.membership.RollMember;
import org.harambee.site.FormErrors;
import org.harambee.site.OnRefusal;
import org.harambee.site.Refusal;
import org.harambee.site.UniqueField;
import org.springframework.http.ResponseEntity;
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
 * Elections: the public page of each (timeline, seats, candidates, the reader's place on the roll, the result),
 * the published receipts and ballots after the close, the stages of the count; election officers call and change
 * them, correct the roll and count.
 */
@Controller
class ElectionsController {

    private final ElectionOffice office;
    private final Bodies bodies;
    private final Nominating nominating;
    private final VoterRoll roll;
    private final BallotBox box;
    private final ElectionCount count;
    private final MemberRoll members;

    ElectionsController(ElectionOffice office, Bodies bodies, Nominating nominating, VoterRoll roll, BallotBox box,
            ElectionCount count, MemberRoll members) {
        this.office = office;
        this.bodies = bodies;
        this.nominating = nominating;
        this.roll = roll;
        this.box = box;
        this.count = count;
        this.members = members;
    }

    @GetMapping("/elections/new")
    String create(@RequestParam(required = false) String body, Model model) {
        ElectionForm form = new ElectionForm();
        form.setMethod(VotingMethod.STV);
        form.setOrganizationsVote(true);
        bodies.body(body == null ? "" : body).ifPresent(found -> form.setBody(found.id()));
        return form(null, form, FormErrors.none(), model);
    }

    @PostMapping("/elections")
    String create(@Valid @ModelAttribute("form") ElectionForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Election called = UniqueField.save(() -> office.call(form, user.accountId()), result, "titleEn",
                        "governance.election.takenMeanwhile").orElse(null);
                if (called != null) {
                    redirect.addFlashAttribute("notice", "governance.election.saved");
                    return "redirect:/elections/" + called.slug();
                }
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return form(null, form, FormErrors.of(result), model);
    }

    @GetMapping("/elections/{slug}")
    String election(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user, Model model) {
        Election election = office.existing(slug);
        List<Nomination> nominations = office.nominations(election);
        List<Nomination> shown = nominations.stream().filter(n -> nominating.visibleTo(n, user)).toList();
        model.addAttribute("election", election);
        model.addAttribute("phase", election.phase(office.now()));
        model.addAttribute("body", bodies.bodyOf(election));
        model.addAttribute("classes", bodies.classesFilledBy(election));
        model.addAttribute("nominations", shown);
        model.addAttribute("memberNames", shown.stream().map(Nomination::candidateMemberId).distinct()
                .collect(Collectors.toMap(id -> id, id -> members.member(id).map(RollMember::name).orElse(""))));
        model.addAttribute("eligibility", election.countedAt() != null
                ? shown.stream().collect(Collectors.toMap(Nomination::id, n -> Set.copyOf(n.eligibleClasses())))
                : eligibilityNow(election, shown));
        model.addAttribute("candidates", office.candidates(election));
        List<VoterRoll.Entry> mine = user == null ? List.of() : roll.mine(election, user);
        model.addAttribute("mine", mine);
        model.addAttribute("voted", mine.stream().filter(entry -> box.voted(election, entry.member().id()))
                .map(entry -> entry.member().id()).collect(Collectors.toSet()));
        model.addAttribute("turnout", election.closed(office.now()) ? box.turnout(election) : -1L);
        model.addAttribute("result", election.countedAt() != null ? count.result(election) : null);
        model.addAttribute("officer", BodiesController.officer(user));
        model.addAttribute("readOn", roll.readOn(election));
        return "governance/election";
    }

    @GetMapping("/elections/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        Election election = office.existing(slug);
        return form(election, election.asForm(bodies.zone()), FormErrors.none(), model);
    }

    @PostMapping("/elections/{slug}")
    String revise(@PathVariable String slug, @Valid @ModelAttribute("form") ElectionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Election election = office.existing(slug);
        if (!result.hasErrors()) {
            try {
                office.revise(slug, form);
                redirect.addFlashAttribute("notice", "governance.election.saved");
                return "redirect:/elections/" + slug;
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return form(election, form, FormErrors.of(result), model);
    }

    @GetMapping("/elections/{slug}/roll")
    String roll(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user, Model model) {
        Election election = office.existing(slug);
        return rollPage(election, user, new CorrectionForm(), FormErrors.none(), model);
    }

    @PostMapping("/elections/{slug}/roll")
    String correct(@PathVariable String slug, @Valid @ModelAttribute("correction") CorrectionForm form,
            BindingResult result, @AuthenticationPrincipal HarambeeUser user, Model model,
            RedirectAttributes redirect) {
        Election election = office.existing(slug);
        if (!result.hasErrors()) {
            try {
                roll.correct(election, form, user.accountId());
                redirect.addFlashAttribute("notice", "governance.roll.corrected");
                return "redirect:/elections/" + slug + "/roll";
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return rollPage(election, user, form, FormErrors.of(result), model);
    }

    @PostMapping("/elections/{slug}/count")
    @OnRefusal("/elections/{slug}")
    String count(@PathVariable String slug, RedirectAttributes redirect) {
        count.count(slug);
        redirect.addFlashAttribute("notice", "governance.count.done");
        return "redirect:/elections/" + slug + "/result";
    }

    @GetMapping("/elections/{slug}/result")
    String result(@PathVariable String slug, Model model) {
        Election election = office.existing(slug);
        if (election.countedAt() == null) {
            throw new UnknownGovernanceException(slug);
        }
        model.addAttribute("election", election);
        model.addAttribute("result", count.result(election));
        return "governance/result";
    }

    @GetMapping("/elections/{slug}/receipts")
    String receipts(@PathVariable String slug, @RequestParam(required = false) String code, Model model) {
        Election election = office.existing(slug);
        if (!election.closed(office.now())) {
            throw new UnknownGovernanceException(slug);
        }
        model.addAttribute("election", election);
        model.addAttribute("receipts", box.papers(election).stream().map(BallotBox.Paper::receipt).toList());
        model.addAttribute("code", code);
        model.addAttribute("found", code == null || code.isBlank() ? null : box.counted(election, code));
        return "governance/receipts";
    }

    @GetMapping("/elections/{slug}/ballots")
    ResponseEntity<byte[]> ballots(@PathVariable String slug) {
        return count.published(office.existing(slug));
    }

    private Map<Long, Set<Long>> eligibilityNow(Election election, List<Nomination> shown) {
        Map<Long, Set<Long>> byMember = nominating.eligibility(election, shown);
        return shown.stream().collect(Collectors.toMap(Nomination::id,
                n -> byMember.getOrDefault(n.candidateMemberId(), Set.of()), (a, b) -> a));
    }

    private String rollPage(Election election, HarambeeUser user, CorrectionForm form, FormErrors errors,
            Model model) {
        boolean officer = BodiesController.officer(user);
        model.addAttribute("election", election);
        model.addAttribute("readOn", roll.readOn(election));
        model.addAttribute("officer", officer);
        model.addAttribute("entries", officer ? roll.entries(election) : roll.mine(election, user));
        model.addAttribute("correction", form);
        model.addAttribute("errors", errors);
        model.addAttribute("members", officer ? members.admitted() : List.of());
        model.addAttribute("phase", election.phase(office.now()));
        return "governance/roll";
    }

    private String form(Election election, ElectionForm form, FormErrors errors, Model model) {
        List<GoverningBody> all = bodies.all();
        model.addAttribute("election", election);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("bodies", all);
        model.addAttribute("classes", all.stream().collect(Collectors.toMap(GoverningBody::id, bodies::classes)));
        model.addAttribute("zone", bodies.zone());
        return "governance/election-form";
    }
}
