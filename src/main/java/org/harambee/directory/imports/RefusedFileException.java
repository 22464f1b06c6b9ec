package org.harambee.directory.imports;

import java.util.Arrays;
import java.util.List;
import org.harambee.site.Refusal;

/**
 * The file as a whole cannot be imported (its encoding, its header, its size): a message key and its arguments.
 * Nothing of it is imported.
 */
class RefusedFileException extends Refusal {

    RefusedFileException(String key, Object... arguments) {
        super(null, key, Arrays.stream(arguments).map(String::valueOf).toArray());
    }

    /** The arguments of its message, as text. */
    List<String> arguments() {
        return Arrays.stream(problems().get(0).arguments()).map(String::valueOf).toList();
    }
}
