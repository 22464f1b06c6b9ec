package org.harambee.membership;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Notes which fields an edit changed, so that changes of contact details can be audited by name. */
final class Changes {

    private Changes() {
    }

    /** Returns {@code after}, noting {@code field} as changed when it differs from {@code before}. */
    static <T> T track(List<String> changed, String field, T before, T after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
        return after;
    }

    /** Makes {@code current} equal to {@code wanted}, noting {@code field} as changed when it differed. */
    static <T> void replace(List<String> changed, String field, Set<T> current, Set<T> wanted) {
        if (!current.equals(wanted)) {
            changed.add(field);
            current.retainAll(wanted);
            current.addAll(wanted);
        }
    }
}
