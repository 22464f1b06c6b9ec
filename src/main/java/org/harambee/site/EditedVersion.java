package org.harambee.site;

import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Optimistic locking across a person's think time: an edit form carries the version of the record it showed (a
 * hidden field), and saving it compares that version with the record's now. When someone else saved the record
 * meanwhile, nothing is saved and {@link ConcurrentChangeAdvice} brings the form back with the record as it is
 * now and a message saying so, exactly as when two saves meet in the database (JPA's {@code @Version}).
 */
@NamedInterface(name = "api", propagate = false)
public final class EditedVersion {

    private EditedVersion() {
    }

    /**
     * Refuses the edit of the record {@code type}/{@code id} when the form showed another version than
     * {@code current}. A form without a version (a client that never read one) is not checked here; its save is
     * still checked by the database against a save at the same moment.
     */
    public static void require(Long seen, long current, Class<?> type, Object id) {
        if (seen != null && seen != current) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
