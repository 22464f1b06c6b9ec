package org.harambee.governance;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MemberKind;
import org.harambee.membership.MemberRoll;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ballot: for which member the voter votes, the ballot itself (ranks typed as numbers, which work without
 * JavaScript and on a phone; boxes to approve; an answer), and the receipt code, shown once after casting.
 */
@Controller
class BallotController {

    private final ElectionOffice office;
    private final Voting voting;
    private final VoterRoll roll;
    private final MemberRoll members;

    BallotController(ElectionOffice office, Voting voting, VoterRoll roll, MemberRoll members) {
        this.office = office;
        this.voting = voting;
        this.roll = roll;
        this.members = members;
    }

    @GetMapping("/elections/{slug}/ballot")
    String ballot(@PathVariable String slug, @RequestParam(required = false) Long member,
            @AuthenticationPrincipal HarambeeUser user, Model model) {
        Election election = office.existing(slug);
        List<Voting.Voter> voters = voting.voters(election, user);
        BallotForm form = new BallotForm();
        form.setMember(voters.stream().filter(v -> member == null ? v.mayCast() && !v.voted()
                : v.entry().member().id().equals(member)).map(v -> v.entry().member().id()).findFirst()
                .orElse(null));
        return page(election, voters, form, FormErrors.none(), model);
    }

    @PostMapping("/elections/{slug}/ballot")
    String cast(@PathVariable String slug, @ModelAttribute("ballot") BallotForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Model model, RedirectAttributes redirect) {
        Election election = office.existing(slug);
        if (!result.hasErrors()) {
            try {
                String receipt = voting.cast(slug, form, user);
                redirect.addFlashAttribute("receipt", receipt == null ? "" : receipt);
                redirect.addFlashAttribute("notice", receipt == null ? "governance.ballot.changed"
                        : "governance.ballot.cast");
                return "redirect:/elections/" + slug + "/receipt";
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return page(election, voting.voters(election, user), form, FormErrors.of(result), model);
    }

    /**
     * The receipt code, shown once: it comes with the redirect after casting and is kept nowhere else for the voter.
     */
    @GetMapping("/elections/{slug}/receipt")
    String receipt(@PathVariable String slug, Model model) {
        Election election = office.existing(slug);
        model.addAttribute("election", election);
        if (!model.containsAttribute("receipt")) {
            model.addAttribute("receipt", null);
        }
        return "governance/receipt";
    }

    @PostMapping("/elections/voting-representative")
    @OnRefusal("/elections")
    String chooseRepresentative(@RequestParam(required = false) Long member,
            @RequestParam(required = false) UUID account, @AuthenticationPrincipal HarambeeUser user,
            RedirectAttributes redirect) {
        if (member == null || account == null) {
            throw new Refusal("governance.representative.unknown");
        }
        roll.chooseVotingRepresentative(user, member, account);
        redirect.addFlashAttribute("notice", "governance.representative.chosen");
        return "redirect:/elections";
    }

    private String page(Election election, List<Voting.Voter> voters, BallotForm form, FormErrors errors,
            Model model) {
        model.addAttribute("election", election);
        model.addAttribute("phase", election.phase(office.now()));
        model.addAttribute("voters", voters);
        model.addAttribute("ballot", form);
        model.addAttribute("errors", errors);
        model.addAttribute("candidates", office.candidates(election));
        model.addAttribute("representatives", voters.stream()
                .filter(v -> v.entry().member().kind() == MemberKind.ORGANIZATION)
                .collect(Collectors.toMap(v -> v.entry().member().id(),
                        v -> members.representatives(v.entry().member().id()))));
        model.addAttribute("chosen", voters.stream()
                .collect(Collectors.toMap(v -> v.entry().member().id(),
                        v -> roll.votingRepresentative(v.entry().member().id()).map(UUID::toString).orElse(""))));
        return "governance/ballot";
    }
}
