package org.harambee.accountability;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.RelatedPages;
import org.harambee.related.Subject;
import org.harambee.site.FormErrors;
import org.harambee.site.OnRefusal;
import org.springframework.dao.DataIntegrityViolationException;
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
 * The public pages of the tracker (overview, treaties, recommendations and each one's timeline) and the steps of
 * follow-up: adopting, withdrawing, assessing.
 */
@Controller
class TrackerController {

    static final int UPCOMING_SHOWN = 3;

    private final RecommendationSearch search;
    private final FollowUp followUp;
    private final Treaties treaties;
    private final TrackerPages pages;
    private final ReviewCalendar calendar;
    private final RelatedPages related;

    TrackerController(RecommendationSearch search, FollowUp followUp, Treaties treaties, TrackerPages pages,
            ReviewCalendar calendar, RelatedPages related) {
        this.related = related;
        this.calendar = calendar;
        this.search = search;
        this.followUp = followUp;
        this.treaties = treaties;
        this.pages = pages;
    }

    @GetMapping("/un")
    String overview(@AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        model.addAttribute("dashboard", pages.dashboard(user, locale));
        model.addAttribute("reviews", calendar.upcoming().stream().limit(UPCOMING_SHOWN).toList());
        model.addAttribute("today", calendar.today());
        return "accountability/overview";
    }

    @GetMapping("/un/treaties")
    String treaties(Model model) {
        model.addAttribute("country", followUp.country());
        model.addAttribute("treaties", treaties.positions());
        return "accountability/treaties";
    }

    @GetMapping("/un/recommendations")
    String recommendations(@RequestParam MultiValueMap<String, String> params,
            @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        RecommendationQuery query = RecommendationQuery.of(params, followUp.country());
        RecommendationResults results = search.search(query);
        if (results.hits().isEmpty() && query.page() > 0 && results.total() > 0) {
            results = search.search(new RecommendationQuery(query.q(), query.chosen(), results.pages() - 1));
        }
        Map<Long, TrackStatus> statuses = followUp.statuses(results.hits().stream()
                .map(RecommendationResults.Hit::id).toList(), user);
        model.addAttribute("view", pages.searchView(results, statuses, locale));
        return "accountability/recommendations";
    }

    @GetMapping("/un/recommendations/{id}")
    String recommendation(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser user, Locale locale,
            Model model) {
        model.addAttribute("mentions", related.mentioning(Subject.RECOMMENDATION, id, user, locale));
        model.addAttribute("mark", related.save(Subject.RECOMMENDATION, id, user));
        return recommendationPage(id, null, new AssessmentForm(), FormErrors.none(), user, locale, model);
    }

    @PostMapping("/un/recommendations/{id}/adoptions")
    @OnRefusal("/un/recommendations/{id}#follow-up")
    String adopt(@PathVariable Long id, @RequestParam(name = "adopter", required = false) String adopter,
            @AuthenticationPrincipal HarambeeUser user, RedirectAttributes redirect) {
        try {
            followUp.adopt(id, adopter == null ? "" : adopter, user);
            redirect.addFlashAttribute("notice", "accountability.adopt.done");
        } catch (DataIntegrityViolationException adoptedMeanwhile) {
            redirect.addFlashAttribute("notice", "accountability.adopt.done");
        }
        return "redirect:/un/recommendations/" + id + "#follow-up";
    }

    @PostMapping("/un/adoptions/{id}/withdraw")
    String withdraw(@PathVariable Long id, @RequestParam(name = "confirm", required = false) String confirm,
            @AuthenticationPrincipal HarambeeUser user, RedirectAttributes redirect) {
        try {
            Long recommendation = followUp.withdraw(id, "yes".equals(confirm), user);
            redirect.addFlashAttribute("notice", "accountability.withdraw.done");
            return "redirect:/un/recommendations/" + recommendation + "#notice";
        } catch (TrackerRuleException unconfirmed) {
            redirect.addFlashAttribute("notice", unconfirmed.key());
            return "redirect:/un/recommendations/" + followUp.recommendationOf(id) + "#notice";
        }
    }

    @PostMapping("/un/adoptions/{id}/assessments")
    String assess(@PathVariable Long id, @Valid @ModelAttribute("form") AssessmentForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model, RedirectAttributes redirect) {
        if (form.resourceIds() == null) {
            result.rejectValue("resources", "accountability.assessment.resources.invalid");
        }
        if (!result.hasErrors()) {
            try {
                Assessment saved = followUp.assess(id, form.draft(), user);
                redirect.addFlashAttribute("notice", "accountability.assessment.saved");
                return "redirect:/un/recommendations/" + saved.adoption().recommendationId() + "#follow-up";
            } catch (TrackerRuleException refused) {
                refused.rejectInto(result);
            }
        }
        return recommendationPage(followUp.recommendationOf(id), id, form, FormErrors.of(result), user, locale, model);
    }

    private String recommendationPage(Long id, Long assessing, AssessmentForm form, FormErrors errors,
            HarambeeUser user, Locale locale, Model model) {
        Timeline timeline = followUp.timeline(id, user);
        model.addAttribute("timeline", timeline);
        model.addAttribute("facts", pages.facts(timeline.recommendation(), locale));
        model.addAttribute("assessing", assessing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", List.of(AssessmentStatus.values()));
        return "accountability/recommendation";
    }
}
