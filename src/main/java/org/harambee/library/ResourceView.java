package org.harambee.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A resource as one reader sees it, read in the transaction that found it: its page, its edit page, and what they
 * ask further (similar resources, its authors' profiles). {@code changeable} and {@code own} are this reader's:
 * whether they may change it, and whether it is theirs to follow (they submitted it, or they are staff).
 */
public record ResourceView(Long id, String title, String summary, ResourceType type, ResourceStatus status,
        ResourceVisibility visibility, LocalDate publishedOn, String declineReason, String externalLink,
        long downloadCount, Long groupId, boolean isPublic, Set<String> languages, Set<Long> authorOrganizations,
        List<String> authorNames, Set<Long> issueAreas, Set<Integer> rights, Set<String> instruments,
        List<File> files, boolean changeable, boolean own) {

    static ResourceView of(Resource resource, Reader reader) {
        return new ResourceView(resource.id(), resource.title(), resource.summary(), resource.type(),
                resource.status(), resource.visibility(), resource.publishedOn(), resource.declineReason(),
                resource.externalLink(), resource.downloadCount(), resource.groupId(), resource.isPublic(),
                Set.copyOf(resource.languages()), Set.copyOf(resource.authorOrganizations()),
                List.copyOf(resource.authorNames()), Set.copyOf(resource.issueAreas()), Set.copyOf(resource.rights()),
                Set.copyOf(resource.instruments()), resource.files().stream().map(File::of).toList(),
                resource.changeableBy(reader), reader.staff() || resource.submittedBy().equals(reader.accountId()));
    }

    /** One file of the resource with its versions, newest first. */
    public record File(Long id, List<Version> versions) {

        static File of(ResourceFile file) {
            return new File(file.id(), file.versions().stream().map(Version::of).toList());
        }
    }

    /** One version of a file, and how its text extraction went. */
    public record Version(UUID id, int number, String fileName, FileKind kind, long sizeBytes, Instant uploadedAt,
            Extraction extraction, String extractionProblem) {

        static Version of(FileVersion version) {
            return new Version(version.id(), version.number(), version.fileName(), version.kind(),
                    version.sizeBytes(), version.uploadedAt(), version.extraction(), version.extractionProblem());
        }
    }
}
