package org.harambee.accountability;

import java.time.LocalDate;
import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.DashboardNeeds;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * UN reviews whose deadline for civil society submissions falls within {@value #NOTICE_DAYS} days: what members can
 * still send to Geneva, soonest first.
 */
@Component
class ReviewsDashboard implements DashboardNeeds {

    static final int NOTICE_DAYS = 60;

    private final ReviewCalendar calendar;
    private final MessageSource messages;

    ReviewsDashboard(ReviewCalendar calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    @Override
    public List<Need> needs(Authentication person) {
        HarambeeUser user = HarambeeUser.of(person).orElse(null);
        if (user == null || user.roles().isEmpty()) {
            return List.of();
        }
        LocalDate today = calendar.today();
        return calendar.upcoming().stream()
                .filter(review -> review.submissionDeadline() != null && !review.submissionDeadline().isBefore(today)
                        && !review.submissionDeadline().isAfter(today.plusDays(NOTICE_DAYS)))
                .map(review -> new Need("/un/reviews#review-" + review.id(), review.submissionDeadline(),
                        "reviews.needs.submission", messages.getMessage(review.mechanism().nameKey(), null,
                                LocaleContextHolder.getLocale()), review.session()))
                .toList();
    }
}
