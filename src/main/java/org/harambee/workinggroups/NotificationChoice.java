package org.harambee.workinggroups;

/** How a person hears of new posts in a group: an e-mail for each, one daily digest, or only in the app. */
public enum NotificationChoice {
    EVERY_POST, DAILY_DIGEST, NONE
}
