package org.harambee.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An assessment holds only with what it needs, and every problem of one is named with its field at once. */
class AdoptionTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final Adoption adoption = Adoption.by(Adopter.organization(7L, "Border Rights Project"), 1L,
            UUID.randomUUID(), Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void everyProblemOfAnAssessmentIsNamedWithItsField() {
        AssessmentDraft bad = new AssessmentDraft(null, TODAY.plusDays(1), " ", List.of("javascript:alert(1)"),
                Set.of(12L), null);
        assertThatThrownBy(() -> adoption.assess(bad, id -> false, id -> false, UUID.randomUUID(), "Ana", Instant.now(), TODAY))
                .isInstanceOfSatisfying(TrackerRuleException.class, refused -> assertThat(keysByField(refused))
                        .containsEntry("status", "accountability.assessment.status.required")
                        .containsEntry("assessedOn", "accountability.assessment.date.future")
                        .containsEntry("evidence", "accountability.assessment.evidence.required")
                        .containsEntry("links", "accountability.assessment.links.invalid")
                        .containsEntry("resources", "accountability.assessment.resources.unknown")
                        .containsEntry("visibility", "accountability.assessment.visibility.required"));
        assertThat(adoption.readableBy(true)).isEmpty();
    }

    @Test
    void anAssessmentCitesOnlyResourcesEveryOneOfItsReadersMayRead() {
        for (AssessmentVisibility visibility : AssessmentVisibility.values()) {
            AssessmentDraft citing = new AssessmentDraft(AssessmentStatus.IMPLEMENTED, TODAY, "Finding", List.of(),
                    Set.of(3L, 4L), visibility);
            assertThatThrownBy(() -> adoption.assess(citing, id -> true, id -> id == 3L, UUID.randomUUID(), "Ana",
                    Instant.now(), TODAY)).isInstanceOfSatisfying(TrackerRuleException.class, refused -> assertThat(
                    keysByField(refused)).containsExactly(java.util.Map.entry("resources",
                    "accountability.assessment.resources.lessVisible." + visibility.name().toLowerCase())));
        }
        assertThat(adoption.readableBy(true)).isEmpty();
    }

    @Test
    void theLatestAssessmentAReaderMayReadIsWhereItStandsForThem() {
        adoption.assess(new AssessmentDraft(AssessmentStatus.NOT_IMPLEMENTED, TODAY.minusYears(1), "Public finding",
                List.of("https://example.org/report"), Set.of(), AssessmentVisibility.PUBLIC), id -> true, id -> true,
                UUID.randomUUID(), "Ana", Instant.now(), TODAY);
        adoption.assess(new AssessmentDraft(AssessmentStatus.IMPLEMENTED, TODAY.minusDays(3), "Members' finding",
                List.of(), Set.of(4L), AssessmentVisibility.MEMBERS), id -> true, id -> true, UUID.randomUUID(), "Ben",
                Instant.now(), TODAY);
        assertThat(adoption.latestFor(false)).hasValueSatisfying(latest -> assertThat(latest.status())
                .isEqualTo(AssessmentStatus.NOT_IMPLEMENTED));
        assertThat(adoption.latestFor(true)).hasValueSatisfying(latest -> assertThat(latest.madeByName())
                .isEqualTo("Ben"));
        assertThatThrownBy(() -> adoption.assess(new AssessmentDraft(AssessmentStatus.IMPLEMENTED,
                LocalDate.of(2007, 12, 31), "Too early", List.of(), Set.of(), AssessmentVisibility.PUBLIC), id -> true, id -> true,
                UUID.randomUUID(), "Ana", Instant.now(), TODAY)).isInstanceOf(TrackerRuleException.class);
    }

    /** Each problem's field and message key, in the refusal's order. */
    private static java.util.Map<String, String> keysByField(TrackerRuleException refused) {
        java.util.Map<String, String> keys = new java.util.LinkedHashMap<>();
        refused.problems().forEach(problem -> keys.put(problem.field(), problem.key()));
        return keys;
    }
}
