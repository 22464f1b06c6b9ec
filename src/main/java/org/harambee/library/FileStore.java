package org.harambee.library;

import org.harambee.site.FileStorage;
import org.harambee.site.StoredFiles;
import org.springframework.stereotype.Component;

/** Library files, in the area {@code library} of the installation's file storage. */
@Component
class FileStore extends StoredFiles {

    FileStore(FileStorage storage) {
        super(storage, "library");
    }
}
