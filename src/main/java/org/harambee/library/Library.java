package org.harambee.library;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.related.ItemPublished;
import org.harambee.related.Subject;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's work: members submit resources with a file or a link, add file versions, staff publish or
 * decline them; people read and download what they may see. Each method checks who is asking; an id this
 * person may not see answers as if it did not exist.
 */
@Service
@Transactional
@NamedInterface(name = "seeding", propagate = false)
public class Library implements CitedResources {

    private final Resources resources;
    private final FileStore store;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TextExtraction extraction;
    private final EntityManager entityManager;
    private final LibraryReaders readers;

    Library(Resources resources, FileStore store, AuditLog auditLog, ApplicationEventPublisher events, Clock clock,
            TextExtraction extraction, EntityManager entityManager, LibraryReaders readers) {
        this.readers = readers;
        this.extraction = extraction;
        this.entityManager = entityManager;
        this.resources = resources;
        this.store = store;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Whether this person may submit resources: representatives of member organizations and staff (who submit
     * on the network's behalf). Other members read the library and suggest material through them.
     */
    public static boolean maySubmit(HarambeeUser user) {
        return user != null && (user.has(Role.REPRESENTATIVE) || user.isStaff());
    }

    /** A member submits a resource, with a first file when one was uploaded (already checked). */
    Resource submit(ResourceDescription description, CheckedFile file, HarambeeUser submitter) {
        Resource resource = resources.save(new Resource(description, submitter.accountId(), clock.instant()));
        if (file != null) {
            attach(resource, null, file, submitter.accountId());
        }
        auditLog.recordAboutGroup(resource.groupId(), "library.submitted", "resource " + resource.id(), resource.title());
        publishIfForAPrivateGroup(resource, submitter);
        return resource;
    }

    /**
     * A resource shared with a private group is published as soon as it has a file or a link: staff, who review
     * the others, may not know of the group (decision 30), and its participants are its only readers.
     */
    private void publishIfForAPrivateGroup(Resource resource, HarambeeUser submitter) {
        if (resource.status() == ResourceStatus.SUBMITTED && resource.visibility() == ResourceVisibility.GROUP
                && resource.publishable() && readers.reviewedByNobodyOutside(resource.groupId())) {
            resource.publish(submitter.accountId(), clock.instant());
            auditLog.recordAboutGroup(resource.groupId(), "library.published", "resource " + resource.id(), resource.title());
        }
    }

    /** A new file of the resource, or a new version of one of its files ({@code fileId}). */
    FileVersion upload(Long resourceId, Long fileId, CheckedFile file, HarambeeUser user) {
        Resource resource = resources.findById(resourceId).filter(found -> found.changeableBy(readers.of(user)))
                .orElseThrow(UnknownResourceException::new);
        if (fileId != null && resource.file(fileId).isEmpty()) {
            throw new UnknownResourceException();
        }
        FileVersion version = attach(resource, fileId, file, user.accountId());
        publishIfForAPrivateGroup(resource, user);
        return version;
    }

    /**
     * Adds resources published at once by staff, each with one file, in one transaction (the demo library; later,
     * imports by staff). Each file passes the same checks as an upload and its text is read before the addition
     * commits, within the same time limit, so the resources are searchable by their text as soon as they appear.
     * One audit entry records the whole addition.
     */
    List<Long> addPublished(List<PublishedDocument> documents, UUID staff) {
        List<Long> ids = new ArrayList<>(documents.size());
        for (PublishedDocument document : documents) {
            CheckedFile file = FileCheck.check(document.fileName(), document.content());
            Resource resource = resources.save(new Resource(document.description(), staff, clock.instant()));
            FileVersion version = new FileVersion(file, store.store(file.content()), staff, clock.instant());
            resource.addFile(version);
            extraction.extractNow(version);
            resource.publish(staff, clock.instant());
            ids.add(resource.id());
        }
        auditLog.record("library.added-published", documents.size() + " resources", null);
        return ids;
    }

    /** Merges the index's segments after a large addition, so searches and facet counts stay fast. */
    void compactSearchIndex() {
        Search.mapping(entityManager.getEntityManagerFactory()).scope(Resource.class).workspace().mergeSegments();
    }

    /** Whether the library holds no resource yet. */
    @Transactional(readOnly = true)
    boolean isEmpty() {
        return resources.count() == 0;
    }

    private FileVersion attach(Resource resource, Long fileId, CheckedFile file, UUID uploader) {
        FileVersion version = new FileVersion(file, store.store(file.content()), uploader, clock.instant());
        if (fileId == null) {
            resource.addFile(version);
        } else {
            resource.file(fileId).orElseThrow(UnknownResourceException::new).add(version);
        }
        resources.flush();
        auditLog.recordAboutGroup(resource.groupId(), "library.file-uploaded", "resource " + resource.id(), file.name());
        events.publishEvent(new TextToExtract(version.id()));
        return version;
    }

    void publish(Long id, HarambeeUser staff) {
        Resource resource = visible(id, readers.of(staff));
        resource.publish(staff.accountId(), clock.instant());
        auditLog.recordAboutGroup(resource.groupId(), "library.published", "resource " + id, resource.title());
        events.publishEvent(new ItemPublished(Subject.RESOURCE, id, ResourceThings.thing(resource)));
    }

    void decline(Long id, String reason, HarambeeUser staff) {
        Resource resource = visible(id, readers.of(staff));
        resource.decline(staff.accountId(), reason, clock.instant());
        auditLog.recordAboutGroup(resource.groupId(), "library.declined", "resource " + id, reason);
    }

    /** Staff change what a resource is. */
    void describe(Long id, ResourceDescription description, HarambeeUser staff) {
        Resource resource = visible(id, readers.of(staff));
        resource.describe(description);
        auditLog.recordAboutGroup(resource.groupId(), "library.edited", "resource " + id, resource.title());
    }

    /** The resource as this person sees it, if they may. */
    @Transactional(readOnly = true)
    ResourceView find(Long id, HarambeeUser user) {
        Reader reader = readers.of(user);
        return ResourceView.of(visible(id, reader), reader);
    }

    private Resource visible(Long id, Reader reader) {
        return resources.findById(id).filter(found -> found.visibleTo(reader))
                .orElseThrow(UnknownResourceException::new);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> titlesSeenBy(Collection<Long> ids, HarambeeUser user) {
        return titlesSeenBy(ids, readers.of(user));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> seenByEvery(Collection<Long> ids, boolean members) {
        return titlesSeenBy(ids, members ? Reader.ANY_MEMBER : Reader.VISITOR).keySet();
    }

    private Map<Long, String> titlesSeenBy(Collection<Long> ids, Reader reader) {
        Map<Long, String> titles = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            resources.findAllById(ids).stream().filter(resource -> resource.visibleTo(reader))
                    .forEach(resource -> titles.put(resource.id(), resource.title()));
        }
        return titles;
    }

    /** Resources waiting for review that this staff member may know of, oldest first. */
    @Transactional(readOnly = true)
    List<ResourceListing> waiting(HarambeeUser staff) {
        Reader reader = readers.of(staff);
        return resources.findByStatusOrderBySubmittedAtAsc(ResourceStatus.SUBMITTED).stream()
                .filter(resource -> resource.visibleTo(reader)).map(ResourceListing::of).toList();
    }

    /** What this person submitted, newest first (at most 200), whatever became of it. */
    @Transactional(readOnly = true)
    List<ResourceListing> submittedBy(HarambeeUser user) {
        return resources.findTop200BySubmittedByOrderBySubmittedAtDesc(user.accountId()).stream()
                .map(ResourceListing::of).toList();
    }

    /** How many resources wait for review that this staff member may know of. */
    @Transactional(readOnly = true)
    public long waitingCount(HarambeeUser staff) {
        Set<Long> hidden = readers.of(staff).hiddenGroups();
        return resources.countWaitingOutside(hidden.isEmpty() ? List.of(-1L) : hidden);
    }

    /** A file version to download, if this person may see its resource; counts the download. */
    Download download(Long resourceId, UUID versionId, HarambeeUser user) {
        Resource resource = resources.findById(resourceId).filter(found -> found.visibleTo(readers.of(user)))
                .orElseThrow(UnknownResourceException::new);
        FileVersion version = resource.version(versionId).orElseThrow(UnknownResourceException::new);
        org.springframework.core.io.Resource content = store.resource(version.storedAs())
                .orElseThrow(UnknownResourceException::new);
        resources.countDownload(resource.id());
        return new Download(version.fileName(), version.kind(), content);
    }

    /** A stored file as it is sent (whole, or the range a client asks for). */
    record Download(String fileName, FileKind kind, org.springframework.core.io.Resource content) {
    }
}
