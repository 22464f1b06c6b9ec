package org.harambee.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/** A resource staff add already published, with its one file (name and bytes). */
@NamedInterface(name = "seeding", propagate = false)
public record PublishedDocument(String title, String summary, ResourceType type, LocalDate publishedOn,
        ResourceVisibility visibility, Set<String> languages, List<String> authorNames, Set<Long> issueAreas,
        Set<Integer> rights, Set<String> instruments, String fileName, byte[] content) {

    ResourceDescription description() {
        return new ResourceDescription(title, summary, type, publishedOn, visibility, null, null, languages, Set.of(),
                authorNames, issueAreas, rights, instruments);
    }
}
