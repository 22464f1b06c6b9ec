package org.harambee.accountability;

import java.time.LocalDate;
import java.util.List;

/**
 * One recommendation and everything done on it that a reader may read: who follows it up (named only where the
 * reader may know them) and their assessments over time; where it stands; whom the reader may still adopt it for.
 */
public record Timeline(RecommendationView recommendation, List<Follower> followers, TrackStatus status,
        List<Adopter> adoptable) {

    /** An adopter and its readable assessments, oldest first; {@code name} is null when hidden from the reader. */
    public record Follower(Long adoptionId, String name, boolean mayAssess, boolean mayWithdraw, List<Entry> entries) {

        public Entry latest() {
            return entries.isEmpty() ? null : entries.get(entries.size() - 1);
        }
    }

    /** One assessment as the reader may read it; {@code madeBy} is null for readers who are not members. */
    public record Entry(AssessmentStatus status, LocalDate assessedOn, String evidence, List<String> links,
            List<Evidence> resources, AssessmentVisibility visibility, String madeBy) {
    }

    /** A library resource given as evidence, which the reader may read. */
    public record Evidence(Long id, String title) {
    }
}
