package org.harambee.membership;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.site.FormErrors;
import org.harambee.site.Installation;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organization applies in five short steps. The first step's answers start a draft; every later step saves into
 * it, so the applicant can stop and come back by the draft's link, on any device. A step goes on only when its own
 * answers hold; the last one sends the application, checked whole, exactly as one sent at once
 * ({@link ApplicationController}).
 */
@Controller
class ApplicationStepsController {

    private final ApplicationReview review;
    private final ApplicationDrafts drafts;
    private final ApplicationThrottle throttle;
    private final Taxonomy taxonomy;
    private final MessageSource messages;
    private final String baseUrl;

    ApplicationStepsController(ApplicationReview review, ApplicationDrafts drafts, ApplicationThrottle throttle,
            Taxonomy taxonomy, MessageSource messages, Installation installation) {
        this.baseUrl = installation.address();
        this.review = review;
        this.drafts = drafts;
        this.throttle = throttle;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    @GetMapping("/apply/organization")
    String firstStep(Model model, Locale locale) {
        return step(ApplicationStep.ABOUT, null, new OrganizationForm(), FormErrors.none(), model, locale);
    }

    @PostMapping("/apply/organization/drafts")
    String start(@ModelAttribute("form") OrganizationForm sent, BindingResult result, Model model, Locale locale,
            HttpServletRequest request) {
        OrganizationForm answers = new OrganizationForm();
        answers.take(ApplicationStep.ABOUT, sent);
        BindingResult problems = problems(ApplicationStep.ABOUT, answers, result);
        if (problems.hasErrors()) {
            return step(ApplicationStep.ABOUT, null, answers, FormErrors.of(problems), model, locale);
        }
        throttle.count(request.getRemoteAddr());
        return "redirect:/apply/organization/drafts/" + drafts.start(answers) + "/" + ApplicationStep.ABOUT.next().slug();
    }

    @GetMapping("/apply/organization/drafts/{link}/{step}")
    String show(@PathVariable String link, @PathVariable String step, Model model, Locale locale) {
        return step(stepOf(step), link, answers(link), FormErrors.none(), model, locale);
    }

    @PostMapping("/apply/organization/drafts/{link}/{step}")
    String answer(@PathVariable String link, @PathVariable String step, @ModelAttribute("form") OrganizationForm sent,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        ApplicationStep current = stepOf(step);
        OrganizationForm answers = answers(link);
        answers.take(current, sent);
        BindingResult problems = problems(current, answers, result);
        if (problems.hasErrors()) {
            return step(current, link, answers, FormErrors.of(problems), model, locale);
        }
        drafts.save(link, answers);
        if (!current.last()) {
            return "redirect:/apply/organization/drafts/" + link + "/" + current.next().slug();
        }
        BindingResult whole = new BeanPropertyBindingResult(answers, "form");
        OrganizationProfile profile = answers.toProfile();
        review.check(profile, answers.contact(), answers.getStatement(), whole);
        if (whole.hasErrors()) {
            ApplicationStep first = ApplicationStep.firstAsking(
                    whole.getFieldErrors().stream().map(FieldError::getField).toList(), current);
            return step(first, link, answers, FormErrors.of(problems(first, answers, whole)), model, locale);
        }
        drafts.discard(link);
        return ApplicationController.submitted(() -> review.apply(profile, answers.contact(), answers.getStatement(),
                locale), redirect);
    }

    /** The problems of this step's answers: those binding found, and those the application's rules find in them. */
    private BindingResult problems(ApplicationStep step, OrganizationForm answers, BindingResult binding) {
        BindingResult all = new BeanPropertyBindingResult(answers, "form");
        review.check(answers.toProfile(), answers.contact(), answers.getStatement(), all);
        BindingResult mine = new BeanPropertyBindingResult(answers, "form");
        Set<String> bindingFields = binding.getFieldErrors().stream().map(FieldError::getField)
                .collect(Collectors.toSet());
        binding.getFieldErrors().stream().filter(error -> step.asks(error.getField())).forEach(mine::addError);
        all.getFieldErrors().stream()
                .filter(error -> step.asks(error.getField()) && !bindingFields.contains(error.getField()))
                .forEach(mine::addError);
        if (step.last()) {
            all.getGlobalErrors().forEach(mine::addError);
        }
        return mine;
    }

    private String step(ApplicationStep step, String link, OrganizationForm answers, FormErrors errors, Model model,
            Locale locale) {
        model.addAttribute("step", step.slug());
        model.addAttribute("number", step.number());
        model.addAttribute("steps", ApplicationStep.values().length);
        model.addAttribute("link", link);
        model.addAttribute("comeBack", link == null ? null : baseUrl + "/apply/organization/drafts/" + link + "/"
                + step.slug());
        model.addAttribute("previous", step == ApplicationStep.ABOUT ? null : step.previous().slug());
        model.addAttribute("form", answers);
        model.addAttribute("errors", errors);
        model.addAttribute("choices", Choices.of(taxonomy, messages, locale, Set.of()));
        return "membership/apply-step";
    }

    private OrganizationForm answers(String link) {
        return drafts.answers(link).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ApplicationStep stepOf(String slug) {
        return ApplicationStep.ofSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
