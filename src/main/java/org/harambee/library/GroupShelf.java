package org.harambee.library;

import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.workinggroups.GroupId;
import org.harambee.workinggroups.SharedDocuments;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The library's resources shared with one working group, for the group's page. */
@Component
@Transactional(readOnly = true)
class GroupShelf implements SharedDocuments {

    private final Resources resources;
    private final LibraryReaders readers;

    GroupShelf(Resources resources, LibraryReaders readers) {
        this.resources = resources;
        this.readers = readers;
    }

    @Override
    public List<SharedDocument> sharedWith(GroupId group, HarambeeUser user, int limit) {
        Reader reader = readers.of(user);
        return resources.findByGroupIdAndStatusOrderByReviewedAtDesc(group.value(), ResourceStatus.PUBLISHED,
                PageRequest.of(0, limit)).stream().filter(resource -> resource.visibleTo(reader))
                .map(resource -> new SharedDocument(resource.title(), "/library/" + resource.id())).toList();
    }

    @Override
    public String shareAddress(HarambeeUser user) {
        return Library.maySubmit(user) ? "/library/submit" : null;
    }
}
