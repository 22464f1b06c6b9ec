package org.harambee.directory.imports;

import java.util.List;

/**
 * The file as a whole cannot be imported (its encoding, its header, its size): a message key and its arguments.
 * Nothing of it is imported.
 */
class RefusedFileException extends RuntimeException {

    private final String messageKey;
    private final List<String> arguments;

    RefusedFileException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }

    String messageKey() {
        return messageKey;
    }

    List<String> arguments() {
        return arguments;
    }
}
