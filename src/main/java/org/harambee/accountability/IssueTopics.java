package org.harambee.accountability;

import java.util.Locale;

/**
 * The UPR's issue topics as the recommendations file names them in English (Right to housing, Women's rights),
 * translated in the message bundles under {@code accountability.issue.<key>}; a topic the bundles do not know yet
 * (a new one in a later session's file) is shown as the file gives it.
 */
public final class IssueTopics {

    private IssueTopics() {
    }

    /** The message key of a topic: its words in lower case, joined by hyphens. */
    public static String key(String topic) {
        return "accountability.issue." + topic.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }
}
