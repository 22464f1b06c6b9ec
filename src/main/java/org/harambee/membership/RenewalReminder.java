package org.harambee.membership;

/** The reminders a member gets before its renewal date. */
enum RenewalReminder {
    THIRTY_DAYS(30), SEVEN_DAYS(7);

    private final int daysBefore;

    RenewalReminder(int daysBefore) {
        this.daysBefore = daysBefore;
    }

    int daysBefore() {
        return daysBefore;
    }
}
