package org.harambee.library;

import org.harambee.site.Refusal;

/** A review step that does not apply to the resource as it stands (publishing a declined resource, say). */
public class ResourceTransitionException extends Refusal {

    public ResourceTransitionException(String key) {
        super(key);
    }
}
