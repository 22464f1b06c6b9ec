package org.harambee.membership;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.harambee.site.FormErrors;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.context.MessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Applying to join, as an organization or as an individual; only valid applications count towards the throttle. */
@Controller
class ApplicationController {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationController.class);

    private final ApplicationReview review;
    private final ApplicationThrottle throttle;
    private final Taxonomy taxonomy;
    private final MessageSource messages;

    ApplicationController(ApplicationReview review, ApplicationThrottle throttle, Taxonomy taxonomy,
            MessageSource messages) {
        this.review = review;
        this.throttle = throttle;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    @GetMapping("/apply")
    String choose() {
        return "membership/apply";
    }

    @PostMapping("/apply/organization")
    String applyAsOrganization(@ModelAttribute("form") OrganizationForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletRequest request) {
        throttle.count(request.getRemoteAddr());
        OrganizationProfile profile = form.toProfile();
        review.check(profile, form.contact(), form.getStatement(), result);
        if (result.hasErrors()) {
            return page("membership/apply-organization", form, result, model, locale);
        }
        return submitted(() -> review.apply(profile, form.contact(), form.getStatement(), locale), redirect);
    }

    @GetMapping("/apply/individual")
    String individualForm(Model model, Locale locale) {
        return page("membership/apply-individual", new IndividualForm(), null, model, locale);
    }

    @PostMapping("/apply/individual")
    String applyAsIndividual(@ModelAttribute("form") IndividualForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletRequest request) {
        throttle.count(request.getRemoteAddr());
        IndividualProfile profile = form.toProfile();
        review.check(profile, form.getStatement(), result);
        if (result.hasErrors()) {
            return page("membership/apply-individual", form, result, model, locale);
        }
        return submitted(() -> review.apply(profile, form.getStatement(), locale), redirect);
    }

    /**
     * Every application that holds gets the same answer, whatever is on record already (decision 47); one that
     * lost a race with another of the same name or address, recorded a moment earlier, too: that one was.
     */
    static String submitted(Runnable application, RedirectAttributes redirect) {
        try {
            application.run();
        } catch (DataIntegrityViolationException recordedByTheOtherMeanwhile) {
            LOG.info("An application lost the race with another of the same name or address, and is answered alike");
        }
        redirect.addFlashAttribute("notice", "membership.apply.submitted.notice");
        return "redirect:/apply/submitted";
    }

    private String page(String view, Object form, BindingResult result, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", result == null ? FormErrors.none() : FormErrors.of(result));
        model.addAttribute("choices", Choices.of(taxonomy, messages, locale, Set.of()));
        return view;
    }

    @GetMapping("/apply/submitted")
    String submitted() {
        return "membership/submitted";
    }
}
