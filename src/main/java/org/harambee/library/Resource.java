package org.harambee.library;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * A toolkit, model policy, report or other material of the library. Members submit it; staff publish or
 * decline it. It holds one or more files (each with its versions) or an external link, and the text extracted
 * from its current file versions, which the search index reads.
 */
@Entity
@Table(name = "resource")
@Indexed(index = "resource")
class Resource {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_DECLINE_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @FullTextField(analyzer = SearchAnalysis.ENGLISH, projectable = Projectable.YES,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    @FullTextField(name = "title_es", analyzer = SearchAnalysis.SPANISH)
    @KeywordField(name = "title_sort", normalizer = SearchAnalysis.SORT, sortable = Sortable.YES)
    private String title;

    @FullTextField(analyzer = SearchAnalysis.ENGLISH, projectable = Projectable.YES,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    @FullTextField(name = "summary_es", analyzer = SearchAnalysis.SPANISH)
    private String summary;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private ResourceType type;

    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    private LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private ResourceVisibility visibility;

    /** The working group a resource of visibility {@link ResourceVisibility#GROUP} is shared with; else null. */
    @GenericField
    private Long groupId;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES)
    private ResourceStatus status;

    private String externalLink;
    private UUID submittedBy;
    private Instant submittedAt;
    private UUID reviewedBy;
    private Instant reviewedAt;
    private String declineReason;
    private long downloadCount;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "resource_language", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "language")
    @KeywordField(aggregable = Aggregable.YES)
    private Set<String> languages = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "resource_author_organization", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "organization_id")
    private Set<Long> authorOrganizations = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "resource_author_name", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderColumn(name = "author_order")
    @Column(name = "name")
    private List<String> authorNames = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "resource_issue_area", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "issue_area_id")
    @GenericField(aggregable = Aggregable.YES)
    private Set<Long> issueAreas = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "resource_right", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "article")
    @GenericField(aggregable = Aggregable.YES)
    private Set<Integer> rights = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "resource_instrument", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "instrument_code")
    @KeywordField(aggregable = Aggregable.YES)
    private Set<String> instruments = new LinkedHashSet<>();

    @OneToMany(mappedBy = "resource", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ResourceFile> files = new ArrayList<>();

    protected Resource() {
    }

    /** A resource as a member submits it, waiting for staff to review it. */
    Resource(ResourceDescription description, UUID submittedBy, Instant now) {
        describe(description);
        this.status = ResourceStatus.SUBMITTED;
        this.submittedBy = Objects.requireNonNull(submittedBy);
        this.submittedAt = now;
    }

    /** Sets what the resource is: title, summary, type, languages, authors, subjects, date, visibility, link. */
    void describe(ResourceDescription description) {
        this.title = description.title().strip();
        this.summary = description.summary().strip();
        this.type = description.type();
        this.publishedOn = description.publishedOn();
        this.visibility = description.visibility();
        this.groupId = visibility == ResourceVisibility.GROUP ? Objects.requireNonNull(description.groupId(),
                "a resource shared with a working group names the group") : null;
        this.externalLink = description.externalLink();
        replace(languages, description.languages());
        replace(authorOrganizations, description.authorOrganizations());
        authorNames.clear();
        authorNames.addAll(description.authorNames());
        replace(issueAreas, description.issueAreas());
        replace(rights, description.rights());
        replace(instruments, description.instruments());
    }

    private static <T> void replace(Collection<T> current, Collection<T> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }

    /** Staff publish a submitted resource; it must have a file or an external link to publish. */
    void publish(UUID staff, Instant now) {
        if (status != ResourceStatus.SUBMITTED) {
            throw new ResourceTransitionException("library.review.notPublishable");
        }
        if (!publishable()) {
            throw new ResourceTransitionException("library.review.notPublishable");
        }
        this.status = ResourceStatus.PUBLISHED;
        this.reviewedBy = staff;
        this.reviewedAt = now;
        this.declineReason = null;
    }

    /** Staff decline a submitted resource, saying why (the submitter reads it). */
    void decline(UUID staff, String reason, Instant now) {
        if (status != ResourceStatus.SUBMITTED) {
            throw new ResourceTransitionException("library.review.notDeclinable");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_DECLINE_REASON) {
            throw new ResourceTransitionException("library.review.reasonNeeded");
        }
        this.status = ResourceStatus.DECLINED;
        this.reviewedBy = staff;
        this.reviewedAt = now;
        this.declineReason = reason.strip();
    }

    /** A new file of this resource, with its first version. */
    ResourceFile addFile(FileVersion first) {
        ResourceFile file = new ResourceFile(this, files.size());
        files.add(file);
        file.add(first);
        return file;
    }

    /**
     * The text of every file's current version, as the index reads it (null until some text is extracted). It is
     * derived, not stored on the resource: recording a file's text changes only that file version, so the
     * background extraction never collides with a person changing the resource.
     */
    @FullTextField(name = "content", analyzer = SearchAnalysis.ENGLISH, projectable = Projectable.YES,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    @FullTextField(name = "content_es", analyzer = SearchAnalysis.SPANISH, projectable = Projectable.YES,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "files"),
        @PropertyValue(propertyName = "versions"), @PropertyValue(propertyName = "extractedText")}))
    public String getContent() {
        String joined = files.stream().map(ResourceFile::current).flatMap(Optional::stream)
                .map(FileVersion::extractedText).filter(Objects::nonNull).collect(Collectors.joining("\n\n"));
        return joined.isEmpty() ? null : joined;
    }

    /**
     * Whether this person may see the resource: the submitter always, staff unless it is shared with a private
     * group they may not know of; others once published, as its visibility says (a group's resource only to the
     * people taking part in that group).
     */
    boolean visibleTo(Reader reader) {
        if (submittedBy.equals(reader.accountId())) {
            return true;
        }
        if (visibility == ResourceVisibility.GROUP && reader.hiddenGroups().contains(groupId)) {
            return false;
        }
        if (reader.staff()) {
            return true;
        }
        if (status != ResourceStatus.PUBLISHED) {
            return false;
        }
        return switch (visibility) {
            case PUBLIC -> true;
            case MEMBERS -> reader.member();
            case GROUP -> reader.member() && reader.groups().contains(groupId);
        };
    }

    /** Whether anyone may see the resource: published and public (then it is shared and described to search engines). */
    public boolean isPublic() {
        return status == ResourceStatus.PUBLISHED && visibility == ResourceVisibility.PUBLIC;
    }

    /** Whether this person may add file versions: staff, or the submitter while the resource is not declined. */
    boolean changeableBy(Reader reader) {
        return reader.staff() && visibleTo(reader)
                || (submittedBy.equals(reader.accountId()) && status != ResourceStatus.DECLINED);
    }

    /** Whether it has what publishing needs: a file or a link. */
    boolean publishable() {
        return !files.isEmpty() || externalLink != null;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public ResourceType type() {
        return type;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    /** The year of publication, for the year facet (a bean getter, so the index can read it). */
    @GenericField(name = "year", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publishedOn")))
    public Integer getYear() {
        return publishedOn == null ? null : publishedOn.getYear();
    }

    public ResourceVisibility visibility() {
        return visibility;
    }

    /** The working group it is shared with, when its visibility is {@link ResourceVisibility#GROUP}. */
    public Long groupId() {
        return groupId;
    }

    public ResourceStatus status() {
        return status;
    }

    public String externalLink() {
        return externalLink;
    }

    public UUID submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public UUID reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String declineReason() {
        return declineReason;
    }

    public long downloadCount() {
        return downloadCount;
    }

    public Set<String> languages() {
        return Set.copyOf(languages);
    }

    public Set<Long> authorOrganizations() {
        return Set.copyOf(authorOrganizations);
    }

    public List<String> authorNames() {
        return List.copyOf(authorNames);
    }

    public Set<Long> issueAreas() {
        return Set.copyOf(issueAreas);
    }

    public Set<Integer> rights() {
        return Set.copyOf(rights);
    }

    public Set<String> instruments() {
        return Set.copyOf(instruments);
    }

    public List<ResourceFile> files() {
        return List.copyOf(files);
    }

    Optional<ResourceFile> file(Long fileId) {
        return files.stream().filter(file -> file.id().equals(fileId)).findFirst();
    }

    Optional<FileVersion> version(UUID versionId) {
        return files.stream().flatMap(file -> file.versions().stream())
                .filter(version -> version.id().equals(versionId)).findFirst();
    }
}
