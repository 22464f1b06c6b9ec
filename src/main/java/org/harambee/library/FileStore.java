package org.harambee.library;

import org.harambee.site.Installation;
import org.harambee.site.StoredFiles;
import org.springframework.stereotype.Component;

/** Library files on disk under {@code $HARAMBEE_DATA_DIR/library}. */
@Component
class FileStore extends StoredFiles {

    FileStore(Installation installation) {
        super(installation, "library");
    }
}
