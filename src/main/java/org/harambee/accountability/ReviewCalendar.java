package org.harambee.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.harambee.identity.AccountAdministration;
import org.harambee.identity.AccountContact;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.mail.Letter;
import org.harambee.mail.Letters;
import org.harambee.mail.Mailer;
import org.harambee.membership.OrganizationAccess;
import org.harambee.site.Installation;
import org.harambee.site.Option;
import org.harambee.workinggroups.GroupSummary;
import org.harambee.workinggroups.GroupRoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.harambee.site.EditedVersion;
import org.harambee.membership.OrganizationId;
import org.harambee.workinggroups.GroupId;
import org.springframework.modulith.NamedInterface;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar of reviews coming before UN mechanisms: staff enter them, everyone reads them (and subscribes to
 * them as an iCalendar feed), and a daily job e-mails the authorized representatives of every organization that
 * adopted a recommendation {@value UnReview#FIRST_REMINDER} and {@value UnReview#LAST_REMINDER} days before each
 * deadline for civil society submissions, once per review and reminder. "Today" is the day in the network's time
 * zone.
 */
@Service
@NamedInterface(name = "seeding", propagate = false)
public class ReviewCalendar {

    private static final Logger log = LoggerFactory.getLogger(ReviewCalendar.class);

    private final UnReviews reviews;
    private final FollowUp followUp;
    private final OrganizationAccess organizations;
    private final AccountAdministration accounts;
    private final GroupRoster groups;
    private final Mailer mailer;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ZoneId zone;
    private final Letters letters;

    ReviewCalendar(UnReviews reviews, FollowUp followUp, OrganizationAccess organizations,
            AccountAdministration accounts, GroupRoster groups, Mailer mailer, Letters letters,
            AuditLog auditLog, PlatformTransactionManager transactionManager, Clock clock,
            Installation installation) {
        this.reviews = reviews;
        this.followUp = followUp;
        this.organizations = organizations;
        this.accounts = accounts;
        this.groups = groups;
        this.mailer = mailer;
        this.auditLog = auditLog;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.zone = installation.timeZone();
        this.letters = letters;
    }

    /** Today in the network's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The reviews still to come or sitting today, by the day they start. */
    @Transactional(readOnly = true)
    public List<ReviewView> upcoming() {
        return reviews.findByEndsOnGreaterThanEqualOrderByStartsOnAscIdAsc(today()).stream().map(ReviewView::of)
                .toList();
    }

    /** The reviews that ended, the latest first. */
    @Transactional(readOnly = true)
    public List<ReviewView> past() {
        return reviews.findByEndsOnLessThanOrderByStartsOnDescIdDesc(today()).stream().map(ReviewView::of).toList();
    }

    /** Every review, by the day it starts. */
    @Transactional(readOnly = true)
    public List<ReviewView> all() {
        return reviews.findAllByOrderByStartsOnAscIdAsc().stream().map(ReviewView::of).toList();
    }

    @Transactional(readOnly = true)
    public ReviewView find(Long id) {
        return ReviewView.of(review(id));
    }

    private UnReview review(Long id) {
        return reviews.findById(id).orElseThrow(UnknownReviewException::new);
    }

    /**
     * The working group coordinating the review's shadow report, as this person may know it; null when none does
     * or it is hidden from them.
     */
    @Transactional(readOnly = true)
    public GroupSummary groupOf(ReviewView review, HarambeeUser user) {
        return review.groupId() == null ? null : groups.standing(GroupId.of(review.groupId()), user).group();
    }

    /**
     * The working groups staff may link a review to, by name: those they take part in or convene, and the one it is
     * linked to already ({@code current}, named only if they may know of it).
     */
    @Transactional(readOnly = true)
    public List<Option> groupChoices(HarambeeUser staff, Long current, Locale locale) {
        Map<Long, GroupSummary> known = Stream.concat(groups.groupsOf(staff).stream(),
                        groups.convenedBy(staff).stream())
                .collect(Collectors.toMap(GroupSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Option> choices = new ArrayList<>(known.values().stream()
                .sorted(Comparator.comparing(GroupSummary::name, String.CASE_INSENSITIVE_ORDER))
                .map(group -> new Option(String.valueOf(group.id()), group.name())).toList());
        if (current != null && !known.containsKey(current)) {
            GroupSummary group = groups.standing(new GroupId(current), staff).group();
            choices.add(new Option(String.valueOf(current),
                    group == null ? letters.text("reviews.group.hidden", locale) : group.name()));
        }
        return choices;
    }

    /** Staff enter a review; its rules refuse it with an {@link InvalidReviewException}. */
    @Transactional
    public ReviewView create(ReviewPlan plan, HarambeeUser staff) {
        requireStaff(staff);
        requireKnownGroup(plan.groupId(), null, staff);
        UnReview review = reviews.save(new UnReview(plan, staff.accountId(), clock.instant()));
        auditLog.record("reviews.created", subjectOf(review), detailsOf(review));
        return ReviewView.of(review);
    }

    /**
     * Staff correct a review; its rules refuse the change with an {@link InvalidReviewException}, and a correction
     * made on a form older than the review's version now ({@code seen}) is refused ({@link EditedVersion}).
     */
    @Transactional
    public ReviewView update(Long id, Long seen, ReviewPlan plan, HarambeeUser staff) {
        requireStaff(staff);
        UnReview review = review(id);
        EditedVersion.require(seen, review.version(), UnReview.class, id);
        requireKnownGroup(plan.groupId(), review.groupId(), staff);
        review.change(plan);
        auditLog.record("reviews.changed", subjectOf(review), detailsOf(review));
        return ReviewView.of(review);
    }

    @Transactional
    public void delete(Long id, HarambeeUser staff) {
        requireStaff(staff);
        UnReview review = review(id);
        reviews.delete(review);
        auditLog.record("reviews.deleted", subjectOf(review), detailsOf(review));
    }

    /**
     * Every day (cron {@code harambee.accountability.reminder-cron}, in the network's time zone): the reminders of
     * submission deadlines due today, each review in its own transaction, so that one failing (or sent meanwhile by
     * another node: the reminder's key refuses it twice) does not hold back the rest. Returns how many reviews were
     * reminded of.
     */
    @Scheduled(cron = "${harambee.accountability.reminder-cron:0 30 7 * * *}", zone = "${harambee.time-zone}")
    public int sendReminders() {
        LocalDate today = today();
        List<Long> due = transactions.execute(status -> reviews.findIdsWithDeadlineBetween(today,
                today.plusDays(UnReview.FIRST_REMINDER)));
        int reminded = 0;
        for (Long id : due) {
            try {
                reminded += transactions.execute(status -> remind(id, today));
            } catch (RuntimeException e) {
                log.warn("Review reminders: review {} was skipped and will be tried again tomorrow: {}", id,
                        e.getMessage());
            }
        }
        log.info("Review reminders: {} reviews reminded of", reminded);
        return reminded;
    }

    private int remind(Long id, LocalDate today) {
        UnReview review = reviews.findById(id).orElse(null);
        if (review == null) {
            return 0;
        }
        OptionalInt due = review.remindIfDue(today, clock.instant());
        if (due.isEmpty()) {
            return 0;
        }
        reviews.flush();
        long days = review.daysToDeadline(today);
        String subject = letters.lineInEveryLanguage(locale -> letters.text("reviews.mail.subject", locale, days,
                mechanismName(review, locale), review.session()));
        String body = letters.inEveryLanguage(locale -> mailBody(review, days, locale));
        Map<UUID, AccountContact> contacts = accounts.contacts(
                organizations.representativeAccounts(OrganizationId.all(followUp.adoptingOrganizations())));
        contacts.values().stream().map(AccountContact::email).filter(Objects::nonNull).distinct()
                .forEach(email -> mailer.send(Letter.to(email, subject, body).readableByStaff()));
        log.info("Review reminders: {} days before the deadline of review {}, to {} representatives", due.getAsInt(),
                id, contacts.size());
        return 1;
    }

    private String mailBody(UnReview review, long days, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return letters.text("reviews.mail.body", locale, mechanismName(review, locale), review.session(),
                date.format(review.submissionDeadline()), days, date.format(review.startsOn()),
                date.format(review.endsOn()), letters.networkName(), letters.link("/un/reviews"));
    }

    private String mechanismName(UnReview review, Locale locale) {
        return letters.text(review.mechanism().nameKey(), locale);
    }

    private static void requireStaff(HarambeeUser user) {
        if (user == null || !user.isStaff()) {
            throw new AccessDeniedException("Only staff enter reviews in the calendar");
        }
    }

    /** A review is linked only to a group staff may know of (or stays linked to the one it was linked to). */
    private void requireKnownGroup(Long groupId, Long current, HarambeeUser staff) {
        if (groupId != null && !groupId.equals(current)
                && groups.standing(new GroupId(groupId), staff).group() == null) {
            throw new InvalidReviewException("groupId", "reviews.refused.groupUnknown");
        }
    }

    private static String subjectOf(UnReview review) {
        return review.mechanism().name() + " · " + review.session();
    }

    private static String detailsOf(UnReview review) {
        return review.startsOn() + " – " + review.endsOn() + (review.submissionDeadline() == null ? ""
                : "; submissions by " + review.submissionDeadline()) + (review.groupId() == null ? ""
                        : "; working group " + review.groupId());
    }
}
