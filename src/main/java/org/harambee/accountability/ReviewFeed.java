package org.harambee.accountability;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.harambee.site.ICalendar;
import org.springframework.context.MessageSource;

/**
 * The review calendar as an iCalendar feed (RFC 5545) to subscribe to: each review's session as an all-day event
 * over the days it sits, and its submission deadline as an all-day event of its own. UIDs stay the same from one
 * download to the next, so calendar programs update the events instead of adding them again.
 */
final class ReviewFeed {

    private ReviewFeed() {
    }

    static String ics(List<ReviewView> reviews, MessageSource messages, Locale locale, String pageUrl, String host,
            Instant now) {
        StringBuilder ics = new StringBuilder();
        ICalendar.begin(ics, "-//Harambee//UN reviews//EN");
        String title = messages.getMessage("reviews.title", null, locale);
        ICalendar.line(ics, "NAME:" + ICalendar.text(title));
        ICalendar.line(ics, "X-WR-CALNAME:" + ICalendar.text(title));
        for (ReviewView review : reviews) {
            String name = messages.getMessage(review.mechanism().nameKey(), null, locale) + " · "
                    + review.session();
            ICalendar.allDayEvent(ics, "un-review-" + review.id() + "@" + host, now, review.startsOn(),
                    review.endsOn(), name, review.note(), pageUrl);
            if (review.submissionDeadline() != null) {
                ICalendar.allDayEvent(ics, "un-review-" + review.id() + "-deadline@" + host, now,
                        review.submissionDeadline(), review.submissionDeadline(),
                        messages.getMessage("reviews.ics.deadline", new Object[] {name}, locale), null, pageUrl);
            }
        }
        ICalendar.end(ics);
        return ics.toString();
    }
}
