package org.harambee;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The validators the tests run that come from npm (Redocly CLI, the Nu HTML Checker, axe-core), each named by an
 * environment variable that {@code .ci/run} sets. Without one, its check is skipped with the reason, unless
 * HARAMBEE_VALIDATORS=required, when it fails instead.
 */
public final class Validators {

    private Validators() {
    }

    /** The file the variable names, when it is there. */
    public static Optional<Path> named(String variable) {
        String named = System.getenv(variable);
        return named != null && Files.isReadable(Path.of(named)) ? Optional.of(Path.of(named)) : Optional.empty();
    }

    /** The file the variable names; otherwise the test is skipped with why, or fails where validators are required. */
    public static Path needed(String variable, String install) {
        return named(variable).orElseGet(() -> {
            missing(variable, install);
            Assumptions.abort(install + "; " + variable + " names it, and is not set here");
            return null;
        });
    }

    /** Fails where validators are required and this one is missing. */
    public static void missing(String variable, String install) {
        if ("required".equals(System.getenv("HARAMBEE_VALIDATORS"))) {
            throw new IllegalStateException(install + "; " + variable + " names it, and is not set here");
        }
    }
}
