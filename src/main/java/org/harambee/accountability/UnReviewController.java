package org.harambee.accountability;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.FormErrors;
import org.harambee.site.ICalendar;
import org.harambee.site.Installation;
import org.harambee.site.Option;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar of UN reviews: its page and iCalendar feed for everyone; entering, correcting and removing reviews
 * for staff. (Not {@code ReviewController}: membership's review queue has that bean name.)
 */
@Controller
class UnReviewController {

    private final ReviewCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    UnReviewController(ReviewCalendar calendar, MessageSource messages, Clock clock,
            Installation installation) {
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = installation.address();
    }

    @GetMapping("/un/reviews")
    String list(@AuthenticationPrincipal HarambeeUser user, Model model) {
        LocalDate today = calendar.today();
        model.addAttribute("upcoming", listed(calendar.upcoming(), today, user));
        model.addAttribute("past", listed(calendar.past(), today, user));
        return "accountability/reviews";
    }

    @GetMapping("/un/reviews.ics")
    ResponseEntity<String> feed(Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ICalendar.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"un-reviews.ics\"")
                .body(ReviewFeed.ics(calendar.all(), messages, locale, baseUrl + "/un/reviews",
                        URI.create(baseUrl).getHost(), clock.instant()));
    }

    @GetMapping("/staff/un/reviews/new")
    @PreAuthorize("hasRole('STAFF')")
    String newForm(@AuthenticationPrincipal HarambeeUser staff, Locale locale, Model model) {
        return formPage(null, new ReviewForm(), FormErrors.none(), staff, locale, model);
    }

    @PostMapping("/staff/un/reviews/new")
    @PreAuthorize("hasRole('STAFF')")
    String create(@Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser staff, Locale locale, Model model, RedirectAttributes redirect) {
        checkGroup(form, null, result, staff, locale);
        if (!result.hasErrors()) {
            try {
                calendar.create(form.plan(), staff);
                redirect.addFlashAttribute("notice", "reviews.created");
                return "redirect:/un/reviews";
            } catch (InvalidReviewException refused) {
                refused.rejectInto(result);
            }
        }
        return formPage(null, form, FormErrors.of(result), staff, locale, model);
    }

    @GetMapping("/staff/un/reviews/{id}/edit")
    @PreAuthorize("hasRole('STAFF')")
    String editForm(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser staff, Locale locale,
            Model model) {
        ReviewView review = calendar.find(id);
        return formPage(review, ReviewForm.of(review), FormErrors.none(), staff, locale, model);
    }

    @PostMapping("/staff/un/reviews/{id}/edit")
    @PreAuthorize("hasRole('STAFF')")
    String update(@PathVariable Long id, @Valid @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult result, @AuthenticationPrincipal HarambeeUser staff, Locale locale, Model model,
            RedirectAttributes redirect) {
        ReviewView review = calendar.find(id);
        checkGroup(form, review.groupId(), result, staff, locale);
        if (!result.hasErrors()) {
            try {
                calendar.update(review.id(), form.getVersion(), form.plan(), staff);
                redirect.addFlashAttribute("notice", "reviews.saved");
                return "redirect:/un/reviews";
            } catch (InvalidReviewException refused) {
                refused.rejectInto(result);
            }
        }
        return formPage(review, form, FormErrors.of(result), staff, locale, model);
    }

    @PostMapping("/staff/un/reviews/{id}/delete")
    @PreAuthorize("hasRole('STAFF')")
    String delete(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser staff,
            RedirectAttributes redirect) {
        calendar.delete(id, staff);
        redirect.addFlashAttribute("notice", "reviews.deleted");
        return "redirect:/un/reviews";
    }

    private List<ReviewListing> listed(List<ReviewView> reviews, LocalDate today, HarambeeUser user) {
        return reviews.stream().map(review -> new ReviewListing(review, calendar.groupOf(review, user),
                review.daysToDeadline(today))).toList();
    }

    /** The working group chosen must be one the form offers (another group's id is refused at the field). */
    private void checkGroup(ReviewForm form, Long current, BindingResult result, HarambeeUser staff,
            Locale locale) {
        if (form.getGroupId() != null && !result.hasFieldErrors("groupId")
                && calendar.groupChoices(staff, current, locale).stream()
                        .noneMatch(choice -> choice.value().equals(String.valueOf(form.getGroupId())))) {
            result.rejectValue("groupId", "reviews.refused.groupUnknown");
        }
    }

    /** The form to enter a review ({@code review} null) or correct one, with its errors at their fields. */
    private String formPage(ReviewView review, ReviewForm form, FormErrors errors, HarambeeUser staff, Locale locale,
            Model model) {
        model.addAttribute("review", review);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("mechanisms", Arrays.stream(ReviewMechanism.values())
                .map(mechanism -> new Option(mechanism.name(),
                        messages.getMessage(mechanism.nameKey(), null, locale)))
                .toList());
        model.addAttribute("groups", calendar.groupChoices(staff, review == null ? null : review.groupId(), locale));
        return "accountability/review-form";
    }

}
