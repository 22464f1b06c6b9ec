package org.harambee.library;

/** A review step that does not apply to the resource as it stands (publishing a declined resource, say). */
public class ResourceTransitionException extends RuntimeException {

    public ResourceTransitionException(String message) {
        super(message);
    }
}
