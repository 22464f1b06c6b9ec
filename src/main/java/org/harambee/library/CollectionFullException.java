package org.harambee.library;

/** A collection holds at most {@link ResourceCollection#MAX_RESOURCES} resources. */
class CollectionFullException extends RuntimeException {

    CollectionFullException() {
        super("a collection holds at most " + ResourceCollection.MAX_RESOURCES + " resources");
    }
}
