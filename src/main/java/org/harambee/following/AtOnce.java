package org.harambee.following;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.harambee.mail.Letters;
import org.harambee.mail.Mailer;
import org.harambee.related.ItemPublished;
import org.harambee.related.RelatedPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails for those who chose to hear at once: once a capability's change publishing an item commits, each
 * confirmed follower who wants it and may see it (asked of its page, as them) gets one e-mail in their language, in
 * the background so that the person publishing does not wait.
 */
@Component
class AtOnce {

    private static final Logger log = LoggerFactory.getLogger(AtOnce.class);

    private final Followers followers;
    private final Digests digests;
    private final RelatedPages related;
    private final Letters letters;
    private final Mailer mailer;
    private final ExecutorService queue = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(1000), runnable -> {
                Thread thread = new Thread(runnable, "following-at-once");
                thread.setDaemon(true);
                return thread;
            });

    AtOnce(Followers followers, Digests digests, RelatedPages related, Letters letters, Mailer mailer) {
        this.followers = followers;
        this.digests = digests;
        this.related = related;
        this.letters = letters;
        this.mailer = mailer;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ItemPublished published) {
        queue.execute(() -> announce(published));
    }

    private void announce(ItemPublished published) {
        for (Follower follower : followers.findByCadenceAndConfirmedAtIsNotNull(Cadence.AT_ONCE)) {
            if (!follower.wants(published.thing())) {
                continue;
            }
            try {
                digests.recipientOf(follower).ifPresent(recipient -> {
                    Locale locale = follower.locale();
                    related.page(published.subject(), published.id(), recipient.reader(), locale).ifPresent(page ->
                            mailer.send(digests.letter(follower, recipient, letters.text("following.atOnce.subject",
                                    locale, letters.text(published.thing().kind().key(), locale), page.title()),
                                    letters.text("following.atOnce.body", locale, page.title(),
                                            letters.link(page.address())))));
                });
            } catch (RuntimeException failed) {
                log.warn("Could not tell follower {} of {} {}", follower.id(), published.subject(), published.id(),
                        failed);
            }
        }
    }
}
