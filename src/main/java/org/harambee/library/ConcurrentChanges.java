package org.harambee.library;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A resource changes on its own when the text of one of its files has been read (in the background), so a
 * person's change and the extraction's may meet. Neither is wrong: the one that lost runs again on the resource
 * as it now is. Each attempt must run in its own transaction.
 */
final class ConcurrentChanges {

    static final int ATTEMPTS = 3;

    private ConcurrentChanges() {
    }

    /** Runs {@code change}, again when a concurrent change of the same resource got there first. */
    static void retried(Runnable change) {
        for (int attempt = 1; ; attempt++) {
            try {
                change.run();
                return;
            } catch (OptimisticLockingFailureException concurrentChange) {
                if (attempt == ATTEMPTS) {
                    throw concurrentChange;
                }
            }
        }
    }
}
