package org.harambee.accountability;

import java.util.Locale;
import java.util.Optional;

/**
 * The position the state under review took on a recommendation. "Supported" is the UN's later word for accepted;
 * "rejected" its earlier word for noted.
 */
public enum Response {
    ACCEPTED, NOTED;

    /** The response a file's cell names (any case), if it names one. */
    static Optional<Response> named(String cell) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "accepted", "supported" -> Optional.of(ACCEPTED);
            case "noted", "rejected" -> Optional.of(NOTED);
            default -> Optional.empty();
        };
    }
}
