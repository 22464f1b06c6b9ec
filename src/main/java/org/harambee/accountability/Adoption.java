package org.harambee.accountability;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.modulith.NamedInterface;

/**
 * A member organization or a working group following one recommendation up, and the assessments it recorded over
 * time. An assessment holds only with a status, a date from 2008 to today, evidence in words, at most
 * {@link #MAX_LINKS} web links and {@link #MAX_RESOURCES} library resources its author may read and every reader of
 * the assessment may read too.
 */
@Entity
@Table(name = "adoption")
@NamedInterface(name = "seeding", propagate = false)
public class Adoption {

    public static final int EVIDENCE_MAX = 4000;
    public static final int MAX_LINKS = 5;
    public static final int LINK_MAX = 500;
    public static final int MAX_RESOURCES = 10;
    /** No assessment predates the Universal Periodic Review. */
    static final LocalDate EARLIEST = LocalDate.of(2008, 1, 1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long recommendationId;
    private Long organizationId;
    private Long groupId;
    private String adopterName;
    private UUID adoptedBy;
    private Instant adoptedAt;

    @OneToMany(mappedBy = "adoption", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("assessedOn, madeAt")
    private List<Assessment> assessments = new ArrayList<>();

    protected Adoption() {
    }

    private Adoption(Long recommendationId, Long organizationId, Long groupId, String adopterName, UUID adoptedBy,
            Instant adoptedAt) {
        this.recommendationId = recommendationId;
        this.organizationId = organizationId;
        this.groupId = groupId;
        this.adopterName = adopterName;
        this.adoptedBy = adoptedBy;
        this.adoptedAt = adoptedAt;
    }

    static Adoption by(Adopter adopter, Long recommendationId, UUID adoptedBy, Instant adoptedAt) {
        return new Adoption(recommendationId, adopter.organizationId(), adopter.groupId(), adopter.name(), adoptedBy,
                adoptedAt);
    }

    /**
     * Records what was found, with library resources its author may read ({@code readable}) and every reader of
     * the assessment may read too ({@code asVisible}: evidence is at least as visible as what cites it, so nobody
     * reads an assessment whose evidence is hidden from them); throws {@link TrackerRuleException} naming every
     * field that does not hold.
     */
    Assessment assess(AssessmentDraft draft, Predicate<Long> readable, Predicate<Long> asVisible, UUID madeBy,
            String madeByName, Instant now, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (draft.status() == null) {
            problems.put("status", "accountability.assessment.status.required");
        }
        if (draft.assessedOn() == null) {
            problems.put("assessedOn", "accountability.assessment.date.required");
        } else if (draft.assessedOn().isAfter(today)) {
            problems.put("assessedOn", "accountability.assessment.date.future");
        } else if (draft.assessedOn().isBefore(EARLIEST)) {
            problems.put("assessedOn", "accountability.assessment.date.early");
        }
        if (draft.evidence() == null || draft.evidence().isBlank()) {
            problems.put("evidence", "accountability.assessment.evidence.required");
        } else if (draft.evidence().length() > EVIDENCE_MAX) {
            problems.put("evidence", "accountability.assessment.evidence.tooLong");
        }
        if (draft.links().size() > MAX_LINKS) {
            problems.put("links", "accountability.assessment.links.tooMany");
        } else if (draft.links().stream().anyMatch(link -> !webAddress(link))) {
            problems.put("links", "accountability.assessment.links.invalid");
        }
        if (draft.resources().size() > MAX_RESOURCES) {
            problems.put("resources", "accountability.assessment.resources.tooMany");
        } else if (!draft.resources().stream().allMatch(readable)) {
            problems.put("resources", "accountability.assessment.resources.unknown");
        } else if (draft.visibility() != null && !draft.resources().stream().allMatch(asVisible)) {
            problems.put("resources", "accountability.assessment.resources.lessVisible."
                    + draft.visibility().name().toLowerCase(Locale.ROOT));
        }
        if (draft.visibility() == null) {
            problems.put("visibility", "accountability.assessment.visibility.required");
        }
        if (!problems.isEmpty()) {
            throw new TrackerRuleException(problems);
        }
        Assessment assessment = new Assessment(this, new AssessmentDraft(draft.status(), draft.assessedOn(),
                draft.evidence().strip(), draft.links(), draft.resources(), draft.visibility()), madeBy, madeByName, now);
        assessments.add(assessment);
        return assessment;
    }

    private static boolean webAddress(String link) {
        if (link.length() > LINK_MAX || link.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException notAnAddress) {
            return false;
        }
    }

    /** The assessments this reader may read, oldest first. */
    List<Assessment> readableBy(boolean member) {
        return assessments.stream().filter(assessment -> assessment.readableBy(member)).toList();
    }

    /** The latest assessment this reader may read. */
    Optional<Assessment> latestFor(boolean member) {
        return assessments.stream().filter(assessment -> assessment.readableBy(member))
                .max(Comparator.comparing(Assessment::assessedOn).thenComparing(Assessment::madeAt));
    }

    /** Whether this is the adoption of that organization or group. */
    boolean of(Adopter adopter) {
        return adopter.organizationId() != null ? adopter.organizationId().equals(organizationId)
                : adopter.groupId() != null && adopter.groupId().equals(groupId);
    }

    public Long id() {
        return id;
    }

    public Long recommendationId() {
        return recommendationId;
    }

    public Long organizationId() {
        return organizationId;
    }

    public Long groupId() {
        return groupId;
    }

    public String adopterName() {
        return adopterName;
    }

    public Instant adoptedAt() {
        return adoptedAt;
    }

    public Adopter adopter() {
        return new Adopter(organizationId, groupId, adopterName);
    }
}
