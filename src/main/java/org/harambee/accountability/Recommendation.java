package org.harambee.accountability;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.harambee.search.SearchAnalysis;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A recommendation a UN mechanism made to a state: in the Universal Periodic Review, one state (the recommending
 * state) recommends to the state under review, which accepts or notes it. Its identity is its session, the two
 * states and its text ({@link UprRow#fingerprint()}); what else a file says of it (response, action category,
 * issue tags, regional groups) may be corrected by importing again.
 */
@Entity
@Table(name = "recommendation")
@Indexed(index = "recommendation")
public class Recommendation {

    public static final int STATE_MAX = 100;
    public static final int TEXT_MAX = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recommendation_seq")
    @SequenceGenerator(name = "recommendation_seq", sequenceName = "recommendation_seq", allocationSize = 100)
    @GenericField(name = "order", sortable = Sortable.YES)
    private Long id;

    private String fingerprint;

    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES, sortable = Sortable.YES)
    private int session;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String stateUnderReview;

    private String underReviewRegion;
    private String underReviewOrganizations;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String recommendingState;

    @KeywordField(name = "region", aggregable = Aggregable.YES)
    private String recommendingRegion;

    private String recommendingOrganizations;

    @FullTextField(analyzer = SearchAnalysis.ENGLISH, projectable = Projectable.YES,
            highlightable = {Highlightable.PLAIN})
    private String text;

    /** The fingerprint of what an import may change: response, action, tags, groups and organizations. */
    private String details;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Response response;

    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Integer action;

    private Instant importedAt;

    @ElementCollection
    @CollectionTable(name = "recommendation_issue", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "tag")
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<String> issues = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "recommendation_issue_area", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "issue_area_id")
    @GenericField(aggregable = Aggregable.YES)
    private Set<Long> issueAreas = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "recommendation_right", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "article")
    @GenericField(aggregable = Aggregable.YES)
    private Set<Integer> rights = new LinkedHashSet<>();

    protected Recommendation() {
    }

    Recommendation(UprRow row, Set<Long> issueAreas, Set<Integer> rights, Instant importedAt) {
        this.fingerprint = row.fingerprint();
        this.session = row.session();
        this.stateUnderReview = row.stateUnderReview();
        this.recommendingState = row.recommendingState();
        this.text = row.text();
        this.importedAt = importedAt;
        correct(row, issueAreas, rights);
    }

    /** Takes what a file now says of this recommendation (its identity is the same). */
    void correct(UprRow row, Set<Long> issueAreas, Set<Integer> rights) {
        this.underReviewRegion = row.underReviewRegion();
        this.underReviewOrganizations = row.underReviewOrganizations();
        this.recommendingRegion = row.recommendingRegion();
        this.recommendingOrganizations = row.recommendingOrganizations();
        this.response = row.response();
        this.action = row.action();
        this.details = row.details();
        this.issues.clear();
        this.issues.addAll(new TreeSet<>(row.issues()));
        this.issueAreas.clear();
        this.issueAreas.addAll(issueAreas);
        this.rights.clear();
        this.rights.addAll(rights);
    }

    /** The UPR cycle of its session, for the cycle facet (a bean getter, so the index can read it). */
    @GenericField(name = "cycle", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "session")))
    public int getCycle() {
        return cycleOf(session);
    }

    public int cycle() {
        return cycleOf(session);
    }

    /** The first UPR cycle ran sessions 1 to 12; every later one runs 14 sessions. */

    static int cycleOf(int session) {
        return session <= 12 ? 1 : 2 + (session - 13) / 14;
    }

    public Long id() {
        return id;
    }

    String fingerprint() {
        return fingerprint;
    }

    String details() {
        return details;
    }

    public int session() {
        return session;
    }

    public String stateUnderReview() {
        return stateUnderReview;
    }

    public String underReviewRegion() {
        return underReviewRegion;
    }

    public String underReviewOrganizations() {
        return underReviewOrganizations;
    }

    public String recommendingState() {
        return recommendingState;
    }

    public String recommendingRegion() {
        return recommendingRegion;
    }

    public String recommendingOrganizations() {
        return recommendingOrganizations;
    }

    public String text() {
        return text;
    }

    public Response response() {
        return response;
    }

    public Integer action() {
        return action;
    }

    public Set<String> issues() {
        return Set.copyOf(issues);
    }

    public Set<Long> issueAreas() {
        return Set.copyOf(issueAreas);
    }

    public Set<Integer> rights() {
        return Set.copyOf(rights);
    }
}
