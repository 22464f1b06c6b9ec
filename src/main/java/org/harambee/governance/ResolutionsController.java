package org.harambee.governance;

import jakarta.validation.Valid;
import java.util.List;
import java.util.stream.Collectors;
import org.harambee.identity.HarambeeUser;
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
 * One resolution of a general assembly: its text as submitted and as amended, its amendments, seconds and vote.
 * Members second it and vote on it; election officers record amendments and open and close its vote.
 */
@Controller
class ResolutionsController {

    private final AssemblyOffice office;
    private final Agenda agenda;
    private final Floor floor;
    private final VoterRoll roll;

    ResolutionsController(AssemblyOffice office, Agenda agenda, Floor floor, VoterRoll roll) {
        this.office = office;
        this.agenda = agenda;
        this.floor = floor;
        this.roll = roll;
    }

    @GetMapping("/assemblies/{slug}/resolutions/{id}")
    String resolution(@PathVariable String slug, @PathVariable Long id, @AuthenticationPrincipal HarambeeUser user,
            Model model) {
        return page(slug, id, user, new AmendmentForm(), FormErrors.none(), model);
    }

    @PostMapping("/assemblies/{slug}/resolutions/{id}/second")
    @OnRefusal("/assemblies/{slug}/resolutions/{id}")
    String second(@PathVariable String slug, @PathVariable Long id, @RequestParam Long member,
            @AuthenticationPrincipal HarambeeUser user, RedirectAttributes redirect) {
        agenda.second(slug, id, member, user);
        redirect.addFlashAttribute("notice", "governance.resolution.secondedNotice");
        return "redirect:/assemblies/" + slug + "/resolutions/" + id;
    }

    @PostMapping("/assemblies/{slug}/resolutions/{id}/amendments")
    String amend(@PathVariable String slug, @PathVariable Long id,
            @Valid @ModelAttribute("amendment") AmendmentForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                agenda.amend(slug, id, form, user.accountId());
                redirect.addFlashAttribute("notice", "governance.amendment.recordedNotice");
                return "redirect:/assemblies/" + slug + "/resolutions/" + id;
            } catch (Refusal refusal) {
                refusal.rejectInto(result);
            }
        }
        return page(slug, id, user, form, FormErrors.of(result), model);
    }

    @PostMapping("/assemblies/{slug}/resolutions/{id}/open")
    @OnRefusal("/assemblies/{slug}/resolutions/{id}")
    String openVote(@PathVariable String slug, @PathVariable Long id,
            @RequestParam(defaultValue = "MAJORITY") Threshold threshold, RedirectAttributes redirect) {
        agenda.openVote(slug, id, threshold);
        redirect.addFlashAttribute("notice", "governance.resolution.voteOpenedNotice");
        return "redirect:/assemblies/" + slug + "/resolutions/" + id;
    }

    @PostMapping("/assemblies/{slug}/resolutions/{id}/close")
    @OnRefusal("/assemblies/{slug}/resolutions/{id}")
    String closeVote(@PathVariable String slug, @PathVariable Long id, RedirectAttributes redirect) {
        agenda.closeVote(slug, id);
        redirect.addFlashAttribute("notice", "governance.resolution.voteClosedNotice");
        return "redirect:/assemblies/" + slug + "/resolutions/" + id;
    }

    @PostMapping("/assemblies/{slug}/resolutions/{id}/vote")
    @OnRefusal("/assemblies/{slug}/resolutions/{id}")
    String vote(@PathVariable String slug, @PathVariable Long id, @RequestParam Long member,
            @RequestParam(required = false) String answer, @AuthenticationPrincipal HarambeeUser user,
            RedirectAttributes redirect) {
        agenda.vote(slug, id, member, answer, user);
        redirect.addFlashAttribute("notice", "governance.resolution.votedNotice");
        return "redirect:/assemblies/" + slug + "/resolutions/" + id;
    }

    private String page(String slug, Long id, HarambeeUser user, AmendmentForm form, FormErrors errors,
            Model model) {
        Assembly assembly = office.existing(slug);
        Resolution resolution = agenda.existing(assembly, id);
        boolean officer = BodiesController.officer(user);
        List<Floor.Seat> seats = floor.seats(assembly, user);
        model.addAttribute("assembly", assembly);
        model.addAttribute("resolution", resolution);
        model.addAttribute("mover", agenda.mover(resolution, officer));
        model.addAttribute("amendments", agenda.amendments(resolution));
        model.addAttribute("seconds", agenda.seconds(resolution));
        model.addAttribute("mine", roll.mine(assembly, user).stream().filter(VoterRoll.Entry::onRoll).toList());
        model.addAttribute("seats", seats);
        model.addAttribute("voted", agenda.voted(resolution, seats.stream().map(seat -> seat.member().id())
                .collect(Collectors.toSet())));
        model.addAttribute("quorum", floor.quorum(assembly));
        model.addAttribute("officer", officer);
        model.addAttribute("amendment", form);
        model.addAttribute("errors", errors);
        return "governance/resolution";
    }
}
