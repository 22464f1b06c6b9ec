package org.harambee.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.ItemKind;
import org.harambee.related.NewThing;
import org.harambee.related.NewThings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The UN reviews coming (their sitting or their submission deadline within four weeks), which every reader may
 * read, for the digests: not what is new, but what is near. They concern the whole country, so they are about
 * nothing in particular: whoever follows reviews gets them.
 */
@Component
class ReviewThings implements NewThings {

    /** How far ahead a review counts as coming. */
    static final int WEEKS_AHEAD = 4;

    private final ReviewCalendar calendar;
    private final MessageSource messages;

    ReviewThings(ReviewCalendar calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    @Override
    public List<NewThing> since(Instant since, HarambeeUser reader, Locale locale) {
        LocalDate today = calendar.today();
        LocalDate horizon = today.plusWeeks(WEEKS_AHEAD);
        return calendar.upcoming().stream().filter(review -> !review.startsOn().isAfter(horizon)
                || review.submissionDeadline() != null && !review.submissionDeadline().isBefore(today)
                        && !review.submissionDeadline().isAfter(horizon))
                .map(review -> new NewThing(ItemKind.REVIEW, messages.getMessage("reviews.mechanism."
                        + review.mechanism().name(), null, locale) + " · " + review.session(), "/un/reviews",
                        since, review.submissionDeadline() != null && !review.submissionDeadline().isBefore(today)
                                ? review.submissionDeadline() : review.startsOn(),
                        Set.of(), Set.of(), Set.of(), Set.of()))
                .toList();
    }
}
