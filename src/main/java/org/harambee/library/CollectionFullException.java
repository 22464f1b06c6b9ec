package org.harambee.library;

import org.harambee.site.Refusal;

/** A collection holds at most {@link ResourceCollection#MAX_RESOURCES} resources. */
class CollectionFullException extends Refusal {

    CollectionFullException() {
        super("library.collection.full");
    }
}
