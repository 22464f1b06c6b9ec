package org.harambee.workinggroups;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.identity.AccountAdministration;
import org.harambee.identity.AccountContact;
import org.harambee.identity.HarambeeUser;
import org.harambee.mail.Letter;
import org.harambee.mail.Letters;
import org.harambee.mail.Mailer;
import org.harambee.site.InstallationKey;
import org.harambee.site.RichText;
import org.harambee.site.UnreadNotifications;
import org.harambee.site.Unsubscribing;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the people taking part in a group of its new posts, each as they chose: an e-mail for every post, one
 * daily digest, or nothing by e-mail. Every post is also listed, unread, in the app. Only people taking part are
 * told, and the list shows only groups they still take part in. E-mails are in English and Spanish, and each
 * carries a link that stops them for that group in one click.
 */
@Service
@Transactional
public class GroupNotifications implements UnreadNotifications, Unsubscribing {

    static final int EXCERPT = 2000;
    private static final String UNSUBSCRIBE = "group e-mail unsubscribe";

    private final Notifications notifications;
    private final NotificationPreferences preferences;
    private final Groups groups;
    private final Posts posts;
    private final WorkingGroups workingGroups;
    private final AccountAdministration accounts;
    private final Mailer mailer;
    private final Clock clock;
    private final InstallationKey installationKey;
    private final Letters letters;

    GroupNotifications(Notifications notifications, NotificationPreferences preferences, Groups groups, Posts posts,
            WorkingGroups workingGroups, AccountAdministration accounts, Mailer mailer, Letters letters,
            Clock clock, InstallationKey installationKey) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.groups = groups;
        this.posts = posts;
        this.workingGroups = workingGroups;
        this.accounts = accounts;
        this.mailer = mailer;
        this.clock = clock;
        this.installationKey = installationKey;
        this.letters = letters;
    }

    /** A post was written: everyone else taking part gets a notification, and an e-mail now if they chose so. */
    void posted(WorkingGroup group, Post post) {
        Set<UUID> recipients = new HashSet<>(workingGroups.accountsTakingPart(group));
        recipients.remove(post.authorId());
        if (recipients.isEmpty()) {
            return;
        }
        Map<UUID, NotificationPreference> chosen = preferencesOf(group.id(), recipients);
        Map<UUID, AccountContact> contacts = accounts.contacts(recipients);
        String subject = subject("groups.mail.post.subject", group, post.discussion().title());
        String text = letters.inEveryLanguage(locale -> postText(group, post, locale));
        for (UUID recipient : recipients) {
            NotificationPreference preference = chosen.get(recipient);
            notifications.save(new Notification(recipient, group.id(), post.id(),
                    preference.choice() == NotificationChoice.DAILY_DIGEST, clock.instant()));
            AccountContact contact = contacts.get(recipient);
            if (preference.choice() == NotificationChoice.EVERY_POST && contact != null) {
                mailer.send(groupLetter(contact.email(), subject, text, group, preference,
                        !post.discussion().readableOutside()));
            }
        }
    }

    /**
     * Sends each person one digest per group of the posts waiting for it since the last one: each post once, none
     * that a convener hid since, none of a group they no longer take part in.
     */
    @Scheduled(cron = "${harambee.groups.digest-cron}", zone = "${harambee.time-zone}")
    public int sendDigests() {
        Map<List<Object>, List<Notification>> waiting = notifications
                .findByDigestPendingTrueOrderByAccountIdAscGroupIdAscCreatedAtAsc().stream()
                .collect(Collectors.groupingBy(n -> List.of(n.accountId(), n.groupId()), LinkedHashMap::new,
                        Collectors.toList()));
        Map<UUID, AccountContact> contacts = accounts.contacts(waiting.values().stream()
                .map(list -> list.get(0).accountId()).collect(Collectors.toSet()));
        Map<Long, Optional<WorkingGroup>> groupsById = new HashMap<>();
        Map<Long, Set<UUID>> takingPart = new HashMap<>();
        int sent = 0;
        for (List<Notification> batch : waiting.values()) {
            batch.forEach(Notification::digested);
            Notification first = batch.get(0);
            Optional<WorkingGroup> found = groupsById.computeIfAbsent(first.groupId(), groups::findById);
            AccountContact contact = contacts.get(first.accountId());
            if (found.isEmpty() || contact == null || !takingPart.computeIfAbsent(first.groupId(),
                    id -> workingGroups.accountsTakingPart(found.get())).contains(first.accountId())) {
                continue;
            }
            WorkingGroup group = found.get();
            NotificationPreference preference = preferencesOf(group.id(), Set.of(first.accountId()))
                    .get(first.accountId());
            List<Post> shown = posts.findAllById(batch.stream().map(Notification::postId).toList()).stream()
                    .filter(post -> !post.hidden()).sorted(Comparator.comparing(Post::postedAt)).toList();
            if (shown.isEmpty() || preference.choice() != NotificationChoice.DAILY_DIGEST) {
                continue;
            }
            mailer.send(groupLetter(contact.email(), subject("groups.mail.digest.subject", group, shown.size()),
                    letters.inEveryLanguage(locale -> shown.stream().map(post -> postText(group, post, locale))
                            .collect(Collectors.joining("\n----\n\n"))), group, preference,
                    shown.stream().anyMatch(post -> !post.discussion().readableOutside())));
            sent++;
        }
        return sent;
    }

    /** How this person hears of the group's posts. */
    @Transactional(readOnly = true)
    NotificationChoice choiceOf(Long groupId, UUID accountId) {
        return preferences.findById(new NotificationPreference.Key(groupId, accountId))
                .map(NotificationPreference::choice).orElse(NotificationPreference.DEFAULT);
    }

    /** A person taking part chooses how they hear of the group's posts. */
    void choose(String slug, NotificationChoice choice, HarambeeUser user) {
        WorkingGroup group = workingGroups.joinedBy(slug, workingGroups.viewerOf(user));
        preferencesOf(group.id(), Set.of(user.accountId())).get(user.accountId()).choose(choice);
    }

    /** The group whose e-mails this unsubscribe link stops, if the link is real. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Unsubscription> unsubscribing(String token) {
        return unsubscribedBy(token).flatMap(preference -> groups.findById(preference.groupId()))
                .map(GroupNotifications::stopping);
    }

    /** Follows an unsubscribe link: no more e-mails from that group (the in-app list stays). */
    @Override
    public Optional<Unsubscription> unsubscribe(String token) {
        return unsubscribedBy(token).flatMap(preference -> {
            preference.choose(NotificationChoice.NONE);
            return groups.findById(preference.groupId()).map(GroupNotifications::stopping);
        });
    }

    private static Unsubscription stopping(WorkingGroup group) {
        return new Unsubscription("groups.unsubscribe.title", "groups.unsubscribe.confirm", "groups.unsubscribe.button",
                "groups.unsubscribe.done", group.name());
    }

    @Override
    @Transactional(readOnly = true)
    public long unread(Authentication person) {
        return HarambeeUser.of(person).map(user -> notifications.countByAccountIdAndReadAtIsNull(user.accountId()))
                .orElse(0L);
    }

    /** This person's latest notifications, of groups they still take part in. */
    @Transactional(readOnly = true)
    List<NotificationView> recent(HarambeeUser user) {
        List<Notification> latest = notifications.findByAccountIdOrderByCreatedAtDescIdDesc(user.accountId(),
                PageRequest.of(0, 100));
        Viewer viewer = workingGroups.viewerOf(user);
        Map<Long, WorkingGroup> joined = groups.findAllById(latest.stream().map(Notification::groupId).distinct()
                .toList()).stream().filter(group -> group.takesPart(viewer))
                .collect(Collectors.toMap(WorkingGroup::id, Function.identity()));
        Map<Long, Post> written = posts.findAllById(latest.stream().map(Notification::postId).toList()).stream()
                .collect(Collectors.toMap(Post::id, Function.identity()));
        List<NotificationView> views = new ArrayList<>();
        for (Notification notification : latest) {
            WorkingGroup group = joined.get(notification.groupId());
            Post post = written.get(notification.postId());
            if (group != null && post != null) {
                views.add(new NotificationView(group.name(), "/groups/" + group.slug() + "/discussions/"
                        + post.discussion().id() + "#post-" + post.id(), post.discussion().title(), post.authorName(),
                        post.hidden() ? null : RichText.excerpt(post.body(), 160), notification.createdAt(),
                        notification.unread()));
            }
        }
        return views;
    }

    void readAll(HarambeeUser user) {
        notifications.readAll(user.accountId(), clock.instant());
    }

    void read(Discussion discussion, HarambeeUser user) {
        if (user != null) {
            notifications.readDiscussion(user.accountId(), discussion.id(), clock.instant());
        }
    }

    private Map<UUID, NotificationPreference> preferencesOf(Long groupId, Set<UUID> accountIds) {
        Map<UUID, NotificationPreference> found = preferences.findFor(groupId, accountIds).stream()
                .collect(Collectors.toMap(NotificationPreference::accountId, Function.identity()));
        for (UUID accountId : accountIds) {
            found.computeIfAbsent(accountId, id -> preferences.save(new NotificationPreference(groupId, id)));
        }
        return found;
    }

    /**
     * The token of the one-click unsubscribe link in this person's e-mails of this group: the group, the person, and
     * the installation's signature of both. Nothing of it is kept: a table holds no secret to unsubscribe anyone.
     */
    private String unsubscribeToken(NotificationPreference preference) {
        String named = preference.groupId() + "." + preference.accountId();
        return named + "." + installationKey.sign(UNSUBSCRIBE, named);
    }

    /** The choice an unsubscribe link's token stands for, when the token is one this installation signed. */
    private Optional<NotificationPreference> unsubscribedBy(String token) {
        int groupEnd = token.indexOf('.');
        int signatureStart = token.lastIndexOf('.');
        if (groupEnd < 1 || signatureStart <= groupEnd || !installationKey.verifies(UNSUBSCRIBE,
                token.substring(0, signatureStart), token.substring(signatureStart + 1))) {
            return Optional.empty();
        }
        return preferences.findById(new NotificationPreference.Key(Long.valueOf(token.substring(0, groupEnd)),
                UUID.fromString(token.substring(groupEnd + 1, signatureStart))));
    }

    private String subject(String key, WorkingGroup group, Object detail) {
        return letters.lineInEveryLanguage(locale -> letters.text(key, locale, group.name(), detail));
    }

    private String postText(WorkingGroup group, Post post, Locale locale) {
        return letters.text("groups.mail.post.body", locale, post.authorName(), post.discussion().title(),
                RichText.excerpt(post.body(), EXCERPT),
                letters.link("/groups/" + group.slug() + "/discussions/" + post.discussion().id() + "#post-" + post.id()));
    }

    /**
     * A group e-mail with its footer. The one-click unsubscribe link lets anyone who holds it unsubscribe the
     * recipient, so it is given to the mailer as the letter's secret link: only the delivered e-mail carries it. Staff
     * may read the body in the outbox unless the group is closed to them, or the posts are of discussions for the
     * group's participants only and they do not take part.
     */
    private Letter groupLetter(String recipient, String subject, String text, WorkingGroup group,
            NotificationPreference preference, boolean participantsOnly) {
        String footer = "\n\n-- \n" + Letters.LANGUAGES.stream()
                .map(locale -> letters.text("groups.mail.footer", locale, group.name(), Letter.SECRET_LINK))
                .collect(Collectors.joining("\n"));
        Letter letter = Letter.to(recipient, subject, text + footer).aboutGroup(group.id()).readableByStaff()
                .withSecretLink(letters.link("/unsubscribe/" + unsubscribeToken(preference))).unsubscribingWithTheLink();
        return participantsOnly ? letter.forItsParticipantsOnly() : letter;
    }

    /** One line of the in-app list. */
    public record NotificationView(String groupName, String href, String discussionTitle, String author, String excerpt,
            java.time.Instant at, boolean unread) {
    }
}
