package org.harambee.membership;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.harambee.site.InstallationKey;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applications being written, kept between the steps so that an applicant can stop and come back by a link. The
 * link is the draft's id signed with the installation's key (nothing secret is stored); it is the only way in, so
 * the page that shows it says to keep it private. A draft holds a contact person's details: it is deleted when the
 * application is sent, and {@value #KEPT_DAYS} days after it was last saved.
 */
@Service
@Transactional
class ApplicationDrafts {

    static final int KEPT_DAYS = 30;
    private static final String PURPOSE = "application-draft";

    private final ApplicationDraftRepository drafts;
    private final InstallationKey key;
    private final JsonMapper json;
    private final Clock clock;

    ApplicationDrafts(ApplicationDraftRepository drafts, InstallationKey key, JsonMapper json, Clock clock) {
        this.drafts = drafts;
        this.key = key;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps these answers as a new draft; returns its link's secret part ({@code <id>.<signature>}). */
    String start(OrganizationForm answers) {
        UUID id = UUID.randomUUID();
        drafts.save(new ApplicationDraft(id, json.writeValueAsString(answers), clock.instant()));
        return id + "." + key.sign(PURPOSE, id.toString());
    }

    /** The answers kept under this link, if it is a draft's and the draft is still kept. */
    @Transactional(readOnly = true)
    Optional<OrganizationForm> answers(String link) {
        return idOf(link).flatMap(drafts::findById).flatMap(draft -> read(draft.answers()));
    }

    void save(String link, OrganizationForm answers) {
        idOf(link).flatMap(drafts::findById)
                .ifPresent(draft -> draft.save(json.writeValueAsString(answers), clock.instant()));
    }

    void discard(String link) {
        idOf(link).ifPresent(drafts::deleteById);
    }

    /** Deletes the drafts last saved more than {@value #KEPT_DAYS} days ago; once a day, safe on several nodes. */
    @Scheduled(cron = "${harambee.applications.draft-cleanup-cron:0 15 3 * * *}", zone = "${harambee.time-zone}")
    int forgetOld() {
        return drafts.deleteSavedBefore(clock.instant().minus(Duration.ofDays(KEPT_DAYS)));
    }

    private Optional<UUID> idOf(String link) {
        int dot = link == null ? -1 : link.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String id = link.substring(0, dot);
        if (!key.verifies(PURPOSE, id, link.substring(dot + 1))) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private Optional<OrganizationForm> read(String answers) {
        try {
            return Optional.of(json.readValue(answers, OrganizationForm.class));
        } catch (JacksonException unreadable) {
            return Optional.empty();
        }
    }
}
