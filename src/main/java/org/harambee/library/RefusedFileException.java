package org.harambee.library;

/** An upload the library refuses; {@code reason} is the message key shown at the file field. */
public class RefusedFileException extends RuntimeException {

    private final String reason;

    RefusedFileException(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
