package org.harambee.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.harambee.identity.AuditLog;
import org.harambee.mail.Letters;
import org.harambee.mail.Mailer;
import org.harambee.taxonomy.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A membership over time: staff renew, suspend, reinstate or record a withdrawal; members withdraw; and a
 * daily job lapses memberships past their renewal date plus the grace period and e-mails renewal reminders
 * 30 and 7 days ahead. The rules themselves are {@link Member}'s; this service runs them, audits every
 * change.
 */
@Service
class MemberLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MemberLifecycle.class);
    private static final int CHUNK = 200;

    private final Members members;
    private final IndividualMembers individuals;
    private final MembershipApplications applications;
    private final Mailer mailer;
    private final Taxonomy taxonomy;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int graceDays;
    private final Letters letters;

    MemberLifecycle(Members members, IndividualMembers individuals, MembershipApplications applications, Mailer mailer,
            Taxonomy taxonomy,
            Letters letters, AuditLog auditLog, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${harambee.membership.grace-days}") int graceDays) {
        this.members = members;
        this.individuals = individuals;
        this.applications = applications;
        this.mailer = mailer;
        this.taxonomy = taxonomy;
        this.auditLog = auditLog;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.graceDays = graceDays;
        this.letters = letters;
    }

    /** Everything staff see about a member, and its application if it applied. */
    @Transactional(readOnly = true)
    MemberRecord record(Long id) {
        Member member = members.findById(id).orElseThrow(() -> new UnknownRecordException("member " + id));
        MembershipApplication application = applications.findFirstByMemberIdOrderBySubmittedAtDesc(id).orElse(null);
        return new MemberRecord(MemberDetails.of(member, taxonomy),
                application == null ? List.of() : application.decisions());
    }

    @Transactional(readOnly = true)
    Page<MemberListing> individuals(MembershipStatus status, int page) {
        PageRequest request = PageRequest.of(Math.max(0, page), 25, Sort.by("name", "id"));
        return (status == null ? individuals.findAll(request) : individuals.findByStatus(status, request))
                .map(MemberListing::of);
    }

    @Transactional
    void renew(Long id, String actor, String note) {
        change(id, member -> member.renew(actor, clock.instant(), LocalDate.now(clock), note));
    }

    @Transactional
    void suspend(Long id, String actor, String reason) {
        change(id, member -> member.suspend(actor, clock.instant(), reason));
    }

    @Transactional
    void reinstate(Long id, String actor, String reason) {
        change(id, member -> member.reinstate(actor, clock.instant(), reason));
    }

    @Transactional
    void withdraw(Long id, String actor, String reason) {
        change(id, member -> member.withdraw(actor, clock.instant(), reason));
    }

    private void change(Long id, Function<Member, StatusChange> transition) {
        Member member = members.findById(id).orElseThrow(() -> new UnknownRecordException("member " + id));
        recorded(member, transition.apply(member));
    }

    private void recorded(Member member, StatusChange change) {
        auditLog.record("membership.status." + change.action().name().toLowerCase(Locale.ROOT), member.displayName(),
                change.from() + " -> " + change.to() + (change.reason() == null ? "" : ": " + change.reason()));
    }

    /** Every day (cron {@code harambee.membership.renewal-cron}): lapses and reminders for today. */
    @Scheduled(cron = "${harambee.membership.renewal-cron}", zone = "UTC")
    void daily() {
        RenewalRun run = runRenewals(LocalDate.now(clock));
        log.info("Renewals: {} memberships lapsed, {} reminders sent", run.lapsed(), run.reminded());
    }

    /**
     * Lapses active memberships whose renewal date plus the grace period has passed, and sends the renewal
     * reminders due; in small transactions, so one bad record does not hold back the rest.
     */
    RenewalRun runRenewals(LocalDate today) {
        int lapsed = inChunks(members.findIdsOfActiveRenewingBefore(today.minusDays(graceDays)), member -> {
            if (!member.overdue(today, graceDays)) {
                return false;
            }
            recorded(member, member.lapse("system", clock.instant(), today, graceDays));
            return true;
        });
        int reminded = inChunks(members.findIdsOfActiveRenewingBetween(today,
                today.plusDays(RenewalReminder.THIRTY_DAYS.daysBefore())), member -> {
                    if (member.remindIfDue(today).isEmpty()) {
                        return false;
                    }
                    remind(member, today);
                    return true;
                });
        return new RenewalRun(lapsed, reminded);
    }

    /**
     * Applies {@code step} to the members (true: it did something), a transaction per chunk; a failing
     * chunk is logged and skipped.
     */
    private int inChunks(List<Long> ids, Predicate<Member> step) {
        int done = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try {
                done += transactions.execute(status -> {
                    int count = 0;
                    for (Member member : members.findAllById(chunk)) {
                        count += step.test(member) ? 1 : 0;
                    }
                    return count;
                });
            } catch (RuntimeException e) {
                log.error("Renewals: members {} to {} were skipped and will be retried tomorrow", chunk.get(0),
                        chunk.get(chunk.size() - 1), e);
            }
        }
        return done;
    }

    private void remind(Member member, LocalDate today) {
        Locale locale = Locale.forLanguageTag(member.language());
        String date = member.renewalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        mailer.send(letters.letter(member.contactEmail(), locale, "membership.mail.reminder", member.contactName(),
                member.displayName(), date, ChronoUnit.DAYS.between(today, member.renewalDate()),
                letters.networkName(), letters.link("")).readableByStaff());
    }

    /** What one daily run did. */
    record RenewalRun(int lapsed, int reminded) {
    }

    /** A member as staff manage it: its details and the decisions on its application. */
    record MemberRecord(MemberDetails details, List<ApplicationDecision> decisions) {
    }
}
