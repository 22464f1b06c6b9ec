package org.harambee.library;

import org.harambee.site.Refusal;

/** An upload the library refuses; its key is the message shown at the file field. */
public class RefusedFileException extends Refusal {

    RefusedFileException(String key) {
        super("file", key);
    }
}
