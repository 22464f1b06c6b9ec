package org.harambee.accountability;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an organization or working group following a recommendation up found on a date: a status and its evidence
 * (text, links, library resources), visible to everyone or to members only, naming the person who made it.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "adoption_id")
    private Adoption adoption;
    @Enumerated(EnumType.STRING)
    private AssessmentStatus status;
    private LocalDate assessedOn;
    private String evidence;
    @Enumerated(EnumType.STRING)
    private AssessmentVisibility visibility;
    private UUID madeBy;
    private String madeByName;
    private Instant madeAt;

    @ElementCollection
    @CollectionTable(name = "assessment_link", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    private List<String> links = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "assessment_resource", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "resource_id")
    private Set<Long> resources = new LinkedHashSet<>();

    protected Assessment() {
    }

    Assessment(Adoption adoption, AssessmentDraft draft, UUID madeBy, String madeByName, Instant madeAt) {
        this.adoption = adoption;
        this.status = draft.status();
        this.assessedOn = draft.assessedOn();
        this.evidence = draft.evidence();
        this.visibility = draft.visibility();
        this.links.addAll(draft.links());
        this.resources.addAll(draft.resources());
        this.madeBy = madeBy;
        this.madeByName = madeByName;
        this.madeAt = madeAt;
    }

    /** Whether this reader may read it: members read every assessment, visitors the public ones. */
    boolean readableBy(boolean member) {
        return member || visibility == AssessmentVisibility.PUBLIC;
    }

    public Long id() {
        return id;
    }

    public Adoption adoption() {
        return adoption;
    }

    public AssessmentStatus status() {
        return status;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public String evidence() {
        return evidence;
    }

    public AssessmentVisibility visibility() {
        return visibility;
    }

    public String madeByName() {
        return madeByName;
    }

    public Instant madeAt() {
        return madeAt;
    }

    public List<String> links() {
        return List.copyOf(links);
    }

    public Set<Long> resources() {
        return Set.copyOf(resources);
    }
}
