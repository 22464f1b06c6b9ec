package org.harambee.following;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.identity.HarambeeUser;
import org.harambee.mail.Letter;
import org.harambee.mail.Letters;
import org.harambee.mail.Mailer;
import org.harambee.related.Marks;
import org.harambee.related.RelatedPage;
import org.harambee.related.RelatedPages;
import org.harambee.related.Subject;
import org.harambee.site.InstallationKey;
import org.harambee.site.Refusal;
import org.harambee.site.Unsubscribing;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.workinggroups.GroupRoster;
import org.harambee.workinggroups.GroupSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows what, and the pages members saved: members choose on their page, follow an organization or a group
 * from its page and save items from theirs; visitors follow by an address they prove with the link mailed to it,
 * which also manages what they follow. Every e-mail carries a one-click unsubscribe link.
 */
@Service
@Transactional
public class FollowingDesk implements Marks, Unsubscribing {

    /** The subjects one saves, and those one follows from their pages. */
    static final Set<Subject> SAVED = Set.of(Subject.EVENT, Subject.RESOURCE, Subject.STATEMENT,
            Subject.RECOMMENDATION, Subject.NEWS);
    static final Set<Subject> FOLLOWED = Set.of(Subject.ORGANIZATION, Subject.GROUP);
    /** The least time between two links mailed to one visitor's address. */
    static final long MINUTES_BETWEEN_LINKS = 10;
    private static final String VISITOR_LINK = "following visitor link";
    private static final String UNSUBSCRIBE = "digest unsubscribe";
    /** What the one-click link of a following e-mail stops, as its page says it. */
    private static final Unsubscription FOLLOWING_MAIL = new Unsubscription("following.unsubscribe.title",
            "following.unsubscribe.confirm", "following.unsubscribe.button", "following.unsubscribe.done", "");

    private final Followers followers;
    private final SavedItems saved;
    private final RelatedPages related;
    private final Taxonomy taxonomy;
    private final GroupRoster groups;
    private final InstallationKey key;
    private final Letters letters;
    private final Mailer mailer;
    private final Clock clock;

    FollowingDesk(Followers followers, SavedItems saved, RelatedPages related, Taxonomy taxonomy, GroupRoster groups,
            InstallationKey key, Letters letters, Mailer mailer, Clock clock) {
        this.followers = followers;
        this.saved = saved;
        this.related = related;
        this.taxonomy = taxonomy;
        this.groups = groups;
        this.key = key;
        this.letters = letters;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** What this member follows, or what they would follow by default (not stored until they choose). */
    @Transactional(readOnly = true)
    public Follower of(HarambeeUser member, Locale locale) {
        return followers.findByAccountId(member.accountId())
                .orElseGet(() -> Follower.member(member.accountId(), locale, clock.instant()));
    }

    /** This member chooses what they follow; groups only among those they may know of, organizations they kept. */
    public void choose(HarambeeUser member, FollowingForm form, Locale locale) {
        Follower follower = followers.findByAccountId(member.accountId())
                .orElseGet(() -> Follower.member(member.accountId(), locale, clock.instant()));
        follower.choose(checked(form, member, follower, locale), form.getCadence(), locale);
        followers.save(follower);
    }

    /**
     * What the form chooses for this person (a visitor when null), with the organizations whose page addresses it
     * gives; refused at their field when it names an issue area that is not the network's, a right that is not one
     * of the thirty articles, a group this person may not know of, an organization they did not follow, or an
     * address that is not an organization's page they may see (by its line).
     */
    private Interests checked(FollowingForm form, HarambeeUser person, Follower follower, Locale locale) {
        Interests interests = form.interests();
        Set<Long> knownGroups = groups.knownTo(person).stream().map(GroupSummary::id).collect(Collectors.toSet());
        Set<Long> followedOrganizations = follower.interests().organizations();
        List<Refusal.Problem> problems = new ArrayList<>();
        if (interests.issueAreas().stream().anyMatch(area -> !taxonomy.isActiveIssueArea(area))) {
            problems.add(new Refusal.Problem("issueAreas", "following.unknownIssueArea"));
        }
        if (interests.rights().stream().anyMatch(article -> !taxonomy.isRight(article))) {
            problems.add(new Refusal.Problem("rights", "following.unknownRight"));
        }
        if (!knownGroups.containsAll(interests.groups())) {
            problems.add(new Refusal.Problem("groups", "following.unknownGroup"));
        }
        if (!followedOrganizations.containsAll(interests.organizations())) {
            problems.add(new Refusal.Problem("organizations", "following.unknownOrganization"));
        }
        Set<Long> organizations = new HashSet<>(interests.organizations());
        List<String> lines = form.organizationLines();
        if (lines.size() > FollowingForm.MAX_ADDRESSES) {
            problems.add(new Refusal.Problem("organizationAddresses", "following.tooManyAddresses",
                    FollowingForm.MAX_ADDRESSES));
        } else {
            for (int line = 0; line < lines.size(); line++) {
                Optional<RelatedPage> page = related.at(lines.get(line), person, locale)
                        .filter(found -> found.subject() == Subject.ORGANIZATION);
                if (page.isEmpty()) {
                    problems.add(new Refusal.Problem("organizationAddresses",
                            "following.unknownOrganizationAddress", line + 1));
                    break;
                }
                organizations.add(page.get().id());
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        return new Interests(interests.kinds(), interests.issueAreas(), interests.rights(), interests.groups(),
                organizations);
    }

    /**
     * This member follows, or stops following, an organization or a working group they may see; answers whether
     * they follow it now. Their first follow starts a weekly digest of every kind of item.
     */
    public boolean toggleFollow(HarambeeUser member, Subject subject, long id, Locale locale) {
        requireSeen(member, subject, id, locale, FOLLOWED);
        Follower follower = followers.findByAccountId(member.accountId())
                .orElseGet(() -> Follower.member(member.accountId(), locale, clock.instant()));
        boolean following = follower.toggle(subject, id);
        followers.save(follower);
        return following;
    }

    /** This member saves, or takes off their list, a page they may see; answers whether it is saved now. */
    public boolean toggleSave(HarambeeUser member, Subject subject, long id, Locale locale) {
        requireSeen(member, subject, id, locale, SAVED);
        Optional<SavedItem> kept = saved.findByAccountIdAndSubjectAndTargetId(member.accountId(), subject, id);
        if (kept.isPresent()) {
            saved.delete(kept.get());
            return false;
        }
        saved.save(new SavedItem(member.accountId(), subject, id, clock.instant()));
        return true;
    }

    private void requireSeen(HarambeeUser member, Subject subject, long id, Locale locale, Set<Subject> allowed) {
        if (!allowed.contains(subject) || related.page(subject, id, member, locale).isEmpty()) {
            throw new UnknownPageException();
        }
    }

    /** The pages this member saved that they may still see, the latest first. */
    @Transactional(readOnly = true)
    public List<SavedView> savedBy(HarambeeUser member, Locale locale) {
        List<SavedView> views = new ArrayList<>();
        for (SavedItem item : saved.findByAccountIdOrderBySavedAtDesc(member.accountId())) {
            related.page(item.subject(), item.targetId(), member, locale)
                    .ifPresent(page -> views.add(new SavedView(page, item.savedAt())));
        }
        return views;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean follows(Subject subject, long id, HarambeeUser person) {
        return person != null && followers.findByAccountId(person.accountId())
                .map(follower -> follower.follows(subject, id)).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean saved(Subject subject, long id, HarambeeUser person) {
        return person != null && saved.existsByAccountIdAndSubjectAndTargetId(person.accountId(), subject, id);
    }

    /**
     * A visitor asks to follow with this address: the link that starts and manages their following is mailed to
     * it (at most once in {@value #MINUTES_BETWEEN_LINKS} minutes), whether or not the address follows already, so
     * the answer tells nobody who follows.
     */
    public void subscribe(String email, Locale locale) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        Follower follower = followers.findByEmail(address)
                .orElseGet(() -> followers.save(Follower.visitor(address, locale, clock.instant())));
        if (follower.claimLinkMail(clock.instant(), MINUTES_BETWEEN_LINKS)) {
            mailer.send(letters.letter(address, follower.locale(), "following.mail.link", letters.networkName(),
                    Letter.SECRET_LINK).withSecretLink(letters.link("/following/visitor/" + visitorToken(follower))));
        }
    }

    /** The visitor whose link this is, if this installation signed it. */
    @Transactional(readOnly = true)
    public Follower visitor(String token) {
        int dash = token.indexOf('-');
        if (dash < 1 || !token.substring(0, dash).matches("\\d{1,18}")
                || !key.verifies(VISITOR_LINK, token.substring(0, dash), token.substring(dash + 1))) {
            throw new UnknownPageException();
        }
        return followers.findById(Long.valueOf(token.substring(0, dash))).filter(f -> f.accountId() == null)
                .orElseThrow(UnknownPageException::new);
    }

    /** The visitor chooses what they follow with their link, which confirms their address. */
    public void chooseAsVisitor(String token, FollowingForm form, Locale locale) {
        Follower follower = visitor(token);
        follower.choose(checked(form, null, follower, locale), form.getCadence(), locale);
        follower.confirm(clock.instant());
        followers.save(follower);
    }

    /** The visitor stops following: their address is forgotten. */
    public void forgetVisitor(String token) {
        followers.delete(visitor(token));
    }

    String visitorToken(Follower follower) {
        String id = String.valueOf(follower.id());
        return id + "-" + key.sign(VISITOR_LINK, id);
    }

    /** The one-click unsubscribe link's token of this follower's e-mails. */
    String unsubscribeToken(Follower follower) {
        String named = "digest." + follower.id();
        return named + "." + key.sign(UNSUBSCRIBE, named);
    }

    private Optional<Follower> unsubscribedBy(String token) {
        int end = token.lastIndexOf('.');
        if (!token.startsWith("digest.") || end <= "digest.".length()
                || !token.substring("digest.".length(), end).matches("\\d{1,18}")
                || !key.verifies(UNSUBSCRIBE, token.substring(0, end), token.substring(end + 1))) {
            return Optional.empty();
        }
        return followers.findById(Long.valueOf(token.substring("digest.".length(), end)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Unsubscription> unsubscribing(String token) {
        return unsubscribedBy(token).map(follower -> FOLLOWING_MAIL);
    }

    @Override
    public Optional<Unsubscription> unsubscribe(String token) {
        return unsubscribedBy(token).map(follower -> {
            follower.choose(follower.interests(), Cadence.NOTHING, follower.locale());
            return FOLLOWING_MAIL;
        });
    }

    /** A saved page, and when it was saved. */
    public record SavedView(RelatedPage page, Instant savedAt) {

        /** The calendar file of a saved event, else null. */
        public String calendar() {
            return page.subject() == Subject.EVENT ? page.address() + "/calendar.ics" : null;
        }
    }
}
