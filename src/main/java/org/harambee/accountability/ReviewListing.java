package org.harambee.accountability;

import org.harambee.workinggroups.GroupSummary;

/**
 * A review as the calendar lists it to one person: the working group coordinating its shadow report if they may
 * know of it (null otherwise), and the days left to the submission deadline (null without one, negative once passed).
 */
public record ReviewListing(ReviewView review, GroupSummary group, Long daysLeft) {
}
