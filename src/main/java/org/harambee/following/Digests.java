package org.harambee.following;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.harambee.identity.AccountAdministration;
import org.harambee.identity.HarambeeUser;
import org.harambee.mail.Letter;
import org.harambee.mail.Letters;
import org.harambee.mail.Mailer;
import org.harambee.related.ItemKind;
import org.harambee.related.NewThing;
import org.harambee.related.RelatedPages;
import org.harambee.site.Installation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly digest: from Monday morning where the network is, each person who chose it gets, once, what is new for
 * what they follow across the capabilities (news, alerts, events, resources, statements open for signature, reviews
 * coming), as they may see it, in their language. Each digest is claimed by a conditional update of the follower's
 * week, which one node alone wins, so several nodes send it once; a week with nothing new sends nothing. Every
 * digest carries its one-click unsubscribe link and the link to change what one follows.
 */
@Component
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    private final Followers followers;
    private final FollowingDesk desk;
    private final RelatedPages related;
    private final AccountAdministration accounts;
    private final UserDetailsService people;
    private final Letters letters;
    private final Mailer mailer;
    private final Clock clock;
    private final ZoneId zone;
    private final LocalTime sendFrom;
    private final TransactionTemplate transaction;

    Digests(Followers followers, FollowingDesk desk, RelatedPages related, AccountAdministration accounts,
            UserDetailsService people, Letters letters, Mailer mailer, Clock clock, Installation installation,
            @Value("${harambee.following.digest-from:06:00}") LocalTime sendFrom,
            PlatformTransactionManager transactions) {
        this.followers = followers;
        this.desk = desk;
        this.related = related;
        this.accounts = accounts;
        this.people = people;
        this.letters = letters;
        this.mailer = mailer;
        this.clock = clock;
        this.zone = installation.timeZone();
        this.sendFrom = sendFrom;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The Monday of the week whose digests are due now (last week's until this Monday's hour has come). */
    LocalDate dueWeek() {
        Instant now = clock.instant();
        LocalDate monday = LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return now.isBefore(monday.atTime(sendFrom).atZone(zone).toInstant()) ? monday.minusWeeks(1) : monday;
    }

    /** Sends every digest due and not sent yet, by whichever node claims each; answers how many were sent. */
    @Scheduled(fixedDelayString = "${harambee.following.digest-check:PT1H}",
            initialDelayString = "${harambee.following.digest-check:PT1H}")
    public int sendDue() {
        LocalDate week = dueWeek();
        Instant since = week.minusWeeks(1).atTime(sendFrom).atZone(zone).toInstant();
        int sent = 0;
        for (Long id : followers.dueForDigest(week)) {
            Integer claimed = transaction.execute(status -> followers.claimWeek(id, week));
            try {
                if (claimed != null && claimed == 1 && send(id, since)) {
                    sent++;
                }
            } catch (RuntimeException failed) {
                log.warn("The digest of follower {} for the week of {} could not be written", id, week, failed);
            }
        }
        transaction.executeWithoutResult(status -> followers.forgetUnconfirmed(clock.instant()
                .minus(Duration.ofDays(7))));
        if (sent > 0) {
            log.info("Sent {} weekly digests of the week of {}", sent, week);
        }
        return sent;
    }

    private boolean send(Long id, Instant since) {
        Follower follower = followers.findById(id).orElse(null);
        if (follower == null) {
            return false;
        }
        Optional<Recipient> recipient = recipientOf(follower);
        if (recipient.isEmpty()) {
            return false;
        }
        Locale locale = follower.locale();
        List<NewThing> wanted = related.newSince(since, recipient.get().reader(), locale).stream()
                .filter(follower::wants).toList();
        if (wanted.isEmpty()) {
            return false;
        }
        mailer.send(letter(follower, recipient.get(), letters.text("following.digest.subject", locale,
                letters.networkName(), wanted.size()), body(wanted, locale)));
        return true;
    }

    /** What is new, by kind in the kinds' order, each with its day due when it has one, and its address. */
    private String body(List<NewThing> things, Locale locale) {
        Map<ItemKind, List<NewThing>> byKind = things.stream().collect(Collectors.groupingBy(NewThing::kind));
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        StringBuilder text = new StringBuilder(letters.text("following.digest.intro", locale)).append("\n");
        for (ItemKind kind : ItemKind.values()) {
            List<NewThing> ofKind = byKind.getOrDefault(kind, List.of()).stream()
                    .sorted(Comparator.comparing(NewThing::at).reversed()).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            text.append("\n").append(letters.text(kind.key(), locale)).append("\n");
            for (NewThing thing : ofKind) {
                text.append("- ").append(thing.title());
                if (thing.due() != null) {
                    text.append(" (").append(letters.text("following.digest.due", locale, day.format(thing.due())))
                            .append(")");
                }
                text.append("\n  ").append(letters.link(thing.address())).append("\n");
            }
        }
        return text.toString();
    }

    /** A letter to this follower with its footer: where to change what they follow, and how to stop. */
    Letter letter(Follower follower, Recipient recipient, String subject, String body) {
        Locale locale = follower.locale();
        String manage = follower.accountId() == null
                ? letters.link("/following/visitor/" + desk.visitorToken(follower)) : letters.link("/following");
        String footer = "\n-- \n" + letters.text("following.mail.footer", locale, manage, Letter.SECRET_LINK);
        return Letter.to(recipient.email(), subject, body + footer)
                .withSecretLink(letters.link("/unsubscribe/" + desk.unsubscribeToken(follower)))
                .unsubscribingWithTheLink();
    }

    /**
     * Who a follower is when their mail is written: a visitor at their confirmed address (reading as a visitor), or
     * a member at their account's address with what their account may read; empty for a disabled or unknown account
     * or an unconfirmed visitor.
     */
    Optional<Recipient> recipientOf(Follower follower) {
        if (!follower.confirmed()) {
            return Optional.empty();
        }
        if (follower.accountId() == null) {
            return Optional.of(new Recipient(follower.email(), null));
        }
        return Optional.ofNullable(accounts.contacts(List.of(follower.accountId())).get(follower.accountId()))
                .flatMap(contact -> {
                    try {
                        HarambeeUser user = (HarambeeUser) people.loadUserByUsername(contact.email());
                        return user.isEnabled() ? Optional.of(new Recipient(contact.email(), user)) : Optional.empty();
                    } catch (UsernameNotFoundException gone) {
                        return Optional.empty();
                    }
                });
    }

    /** Where a follower's mail goes, and who they are when it is written (null: a visitor). */
    record Recipient(String email, HarambeeUser reader) {
    }
}
