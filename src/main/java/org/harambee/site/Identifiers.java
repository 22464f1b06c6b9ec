package org.harambee.site;

import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/** Ids given in forms: digits only (at most 18, so every one fits a {@code long}), never signs or spaces. */
@NamedInterface(name = "api", propagate = false)
public final class Identifiers {

    private Identifiers() {
    }

    /** The id this text gives, if it is one. */
    public static Optional<Long> of(String text) {
        return text != null && text.matches("\\d{1,18}") ? Optional.of(Long.valueOf(text)) : Optional.empty();
    }
}
